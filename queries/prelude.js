// newsgraph prelude: prepended to every saved script and every console query,
// just after `var params = {...}` (the --param name=value pairs, as strings).
//
// IRIs are stored short in the graph, so a node is written "<ng:id/wang-wenbin>",
// a predicate "<schema:name>". Values come back from Gizmo as strings: IRIs as
// "<...>", plain literals as their text, typed literals as "\"2021-08-26\"^^<...>".

var NAME = "<schema:name>";
var ALIAS = "<schema:alternateName>";
var TYPE = "<rdf:type>";
var ROLES = ["<schema:agent>", "<schema:target>", "<schema:about>"];
var RELATIONS = ["<ng:spokespersonFor>", "<schema:worksFor>", "<schema:memberOf>",
  "<schema:parentOrganization>", "<schema:nationality>"];
// INVERSE[pred]: the inverse link the writer adds with each relation, from
// its object back to its subject. What points at an entity is read from the
// entity this way: Cayley's key-value stores find a node's outgoing quads by
// subject and predicate in one index lookup, but its incoming ones by object
// alone (g.V(country).In(pred) reads every fact naming the country).
var INVERSE = {
  "<ng:spokespersonFor>": "<ng:spokesperson>", "<schema:worksFor>": "<schema:employee>",
  "<schema:memberOf>": "<schema:member>", "<schema:parentOrganization>": "<schema:subOrganization>",
  "<schema:nationality>": "<ng:national>"
};
// The reified relations (ng:Relation) an entity is the subject / object of.
var SUBJECT_OF = "<ng:subjectOf>", OBJECT_OF = "<ng:objectOf>";

// param(name, dflt): the parameter's value, or dflt when it was not given.
function param(name, dflt) {
  if (params.hasOwnProperty(name) && params[name] !== "") return params[name];
  return dflt === undefined ? "" : dflt;
}

// need(name): the parameter's value; throws when it was not given.
function need(name) {
  var v = param(name);
  if (v === "") throw new Error("missing parameter " + name + " (give it as " + name + "=VALUE)");
  return v;
}

// isIRI(v): whether v is written as an IRI ("<...>").
function isIRI(v) {
  return typeof v === "string" && v.length > 1 && v.charAt(0) === "<" && v.charAt(v.length - 1) === ">";
}

// plain(v): the readable text of a value: "<ng:Demand>" -> "ng:Demand",
// "\"2021-08-26\"^^<xsd:date>" -> "2021-08-26", "\"hi\"@en" -> "hi".
function plain(v) {
  if (v === null || v === undefined) return "";
  if (typeof v !== "string") return v;
  if (isIRI(v)) return v.substring(1, v.length - 1);
  if (v.charAt(0) === '"') {
    var m = /^"((?:[^"\\]|\\.)*)"(?:\^\^<[^>]*>|@[A-Za-z0-9-]+)$/.exec(v);
    if (m) return m[1].replace(/\\(.)/g, "$1");
  }
  return v;
}

// local(v): the local name of an IRI: "<ng:Demand>" -> "Demand".
function local(v) {
  var s = plain(v);
  if (typeof s !== "string") return s;
  var i = Math.max(s.lastIndexOf(":"), s.lastIndexOf("/"), s.lastIndexOf("#"));
  return s.substring(i + 1);
}

// list(a): a plain JS array copy of what ToArray returned (null -> []).
function list(a) {
  var out = [];
  if (!a) return out;
  for (var i = 0; i < a.length; i++) out.push(a[i]);
  return out;
}

// nodes(ids): a path over exactly these nodes (none when ids is empty).
function nodes(ids) {
  ids = list(ids);
  if (ids.length === 0) return g.V("<ng:no-such-node>");
  return g.V.apply(g, ids);
}

// values(node, pred): every distinct value of pred on node, as returned by
// Gizmo, sorted. (The same fact read from two documents is two quads.)
function values(node, pred) {
  return list(g.V(node).Out(pred).Unique().ToArray()).sort();
}

// value(node, pred): the first value of pred on node, readable ("" if none).
function value(node, pred) {
  var vs = values(node, pred);
  return vs.length ? plain(vs[0]) : "";
}

// nameOf(iri): the node's schema:name, else its identifier or headline, else the IRI.
function nameOf(iri) {
  if (!isIRI(iri)) return plain(iri);
  var preds = [NAME, "<schema:identifier>", "<schema:headline>"];
  for (var i = 0; i < preds.length; i++) {
    var v = value(iri, preds[i]);
    if (v !== "") return v;
  }
  return plain(iri);
}

// namesOf(node, pred): the names of the nodes pred leads to, sorted, joined by "; ".
function namesOf(node, pred) {
  return values(node, pred).map(nameOf).sort().join("; ");
}

// typesOf(node): the local names of the node's rdf:types, joined by "; ".
function typesOf(node) {
  return values(node, TYPE).map(local).join("; ");
}

function regexQuote(s) {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

// entityIDs(name): the IRIs of the entities named name, exactly, else in
// another case (Title Case, lower case, UPPER CASE, first letter
// capitalised); when none has that name, those with it as alternateName. An
// IRI ("<ng:id/...>") is taken as it is.
//
// An entity's IRI is minted from its name (ng:id/ + slug, see schema.Slug),
// so a name is looked up as that one node (one index lookup, where reading
// the nodes with that name would read one quad per document naming it);
// other names (and names with other than printable ASCII characters, whose
// slug needs Unicode normalisation) are looked up by value.
function entityIDs(name) {
  if (isIRI(name)) return [name];
  var tries = [name, titleCase(name), name.toLowerCase(), name.toUpperCase(),
    name.charAt(0).toUpperCase() + name.substring(1)].filter(function (t, i, all) { return all.indexOf(t) === i; });
  for (var i = 0; i < tries.length; i++) {
    var ids = namedExactly(tries[i]);
    if (ids.length) return ids;
  }
  for (i = 0; i < tries.length; i++) {
    ids = list(g.V(tries[i]).In(ALIAS).Unique().ToArray());
    if (ids.length) return ids.sort();
  }
  return [];
}

// namedExactly(name): the entities whose schema:name is name: the node its
// IRI would be when that node has this name, else those read by value (a
// name no entity has is a value with no quads: the read is cheap).
function namedExactly(name) {
  var slug = asciiSlug(name);
  if (slug) {
    var iri = "<ng:id/" + slug + ">";
    var names = list(g.V(iri).Out(NAME).Limit(1).ToArray());
    if (names.length && plain(names[0]) === name) return [iri];
  }
  return list(g.V(name).In(NAME).Unique().ToArray()).sort();
}

// asciiSlug(name): schema.Slug of a name of printable ASCII characters
// (runs of other characters become one "-", letters are lower-cased), or
// null for a name with any other character.
function asciiSlug(name) {
  var out = "", dash = false;
  for (var i = 0; i < name.length; i++) {
    var c = name.charCodeAt(i);
    if (c > 126 || c < 32) return null;
    var ch = name.charAt(i);
    if (/[A-Za-z0-9]/.test(ch)) {
      if (dash && out !== "") out += "-";
      dash = false;
      out += ch.toLowerCase();
    } else {
      dash = true;
    }
  }
  return out;
}

// titleCase(s): "wang wenbin" -> "Wang Wenbin" (also after "-" and "'").
function titleCase(s) {
  return s.toLowerCase().replace(/(^|[\s\-'])(\S)/g, function (m, sep, c) { return sep + c.toUpperCase(); });
}

// entity(name): a path of the nodes named (or aliased) name.
function entity(name) {
  return nodes(entityIDs(name));
}

// document(node): the identifier of the document node a fact's ng:source leads to.
function documentOf(node) {
  var docs = values(node, "<ng:source>");
  return docs.map(function (d) { return value(d, "<schema:identifier>") || plain(d); }).join("; ");
}

// eventRow(ev): the readable fields of an event node (for many events, use
// eventFacts(evs).eventRow(ev): two queries in all, not two per event).
function eventRow(ev) {
  return eventFacts([ev]).eventRow(ev);
}

// Reading many nodes at once. On a kv store (bolt, leveldb) a query from
// one node is an index lookup, but a predicate constraint on a path of
// several nodes makes Cayley scan every quad in the store. So the bulk
// helpers below read every quad out of a set of nodes in one query with no
// predicate (g.V(ids...).Tag("_s").Out(null, "_p")) and pick the
// predicates here.

// Facts(ids): what the graph says about these nodes (their outgoing quads),
// read in one query per 5000 nodes. Its methods mirror the one-node helpers
// (values, value, nameOf, namesOf, typesOf, documentOf, eventRow) but answer
// from memory; a node never read answers as one with no quads. Read events,
// statements and documents with add, entities with addNames.
function Facts(ids) {
  this.out = {};
  this.read = {};
  if (ids) this.add(ids);
}

// add(ids): read these nodes too (those already read, and literals, are skipped).
Facts.prototype.add = function (ids) {
  var todo = [], self = this;
  list(ids).forEach(function (id) {
    if (isIRI(id) && !self.read[id]) {
      self.read[id] = true;
      todo.push(id);
    }
  });
  for (var i = 0; i < todo.length; i += 5000) {
    list(nodes(todo.slice(i, i + 5000)).Tag("_s").Out(null, "_p").TagArray()).forEach(function (r) {
      var f = self.out[r._s] || (self.out[r._s] = {});
      (f[r._p] || (f[r._p] = [])).push(r.id);
    });
  }
  todo.forEach(function (id) {
    var f = self.out[id];
    if (!f) return;
    Object.keys(f).forEach(function (p) {
      var vs = f[p].sort();
      f[p] = vs.filter(function (v, i) { return i === 0 || v !== vs[i - 1]; });
    });
  });
  return this;
};

// linked(ids, preds): the values the preds lead to from these nodes.
Facts.prototype.linked = function (ids, preds) {
  var more = [], self = this;
  list(ids).forEach(function (id) {
    preds.forEach(function (p) { more = more.concat(self.values(id, p)); });
  });
  return more;
};

// addNames(ids): read only what nameOf needs of these nodes, with one-node
// index lookups (an entity named in many documents has its name and type
// once per document: reading all its quads would be slow).
Facts.prototype.addNames = function (ids) {
  var self = this, preds = [NAME, "<schema:identifier>", "<schema:headline>"];
  list(ids).forEach(function (id) {
    if (!isIRI(id) || self.read[id]) return;
    self.read[id] = true;
    var f = self.out[id] || (self.out[id] = {});
    for (var i = 0; i < preds.length; i++) {
      // one value is enough for a name, and stops the read early: an
      // entity has its name once per document that mentions it (a country
      // in a big graph: tens of thousands of quads, all the same name)
      var vs = list(g.V(id).Out(preds[i]).Limit(1).ToArray());
      if (vs.length) f[preds[i]] = vs;
      if (vs.length && plain(vs[0]) !== "") break;
    }
  });
  return this;
};

// values(node, pred): like values(), from memory (do not modify the result).
Facts.prototype.values = function (node, pred) {
  var f = this.out[node];
  return f && f[pred] ? f[pred] : [];
};

Facts.prototype.value = function (node, pred) {
  var vs = this.values(node, pred);
  return vs.length ? plain(vs[0]) : "";
};

Facts.prototype.nameOf = function (iri) {
  if (!isIRI(iri)) return plain(iri);
  var preds = [NAME, "<schema:identifier>", "<schema:headline>"];
  for (var i = 0; i < preds.length; i++) {
    var v = this.value(iri, preds[i]);
    if (v !== "") return v;
  }
  return plain(iri);
};

Facts.prototype.namesOf = function (node, pred) {
  return this.values(node, pred).map(this.nameOf, this).sort().join("; ");
};

Facts.prototype.typesOf = function (node) {
  return this.values(node, TYPE).map(local).join("; ");
};

Facts.prototype.documentOf = function (node) {
  var self = this;
  return this.values(node, "<ng:source>").map(function (d) {
    return self.value(d, "<schema:identifier>") || plain(d);
  }).join("; ");
};

// eventRow(ev): like eventRow(); the event and the nodes it links to
// (agents, targets, abouts, documents) must have been read (see eventFacts).
Facts.prototype.eventRow = function (ev) {
  return {
    event: this.nameOf(ev),
    type: this.typesOf(ev),
    date: this.value(ev, "<ng:date>"),
    agent: this.namesOf(ev, "<schema:agent>"),
    target: this.namesOf(ev, "<schema:target>"),
    about: this.namesOf(ev, "<schema:about>"),
    evidence: this.value(ev, "<ng:evidence>"),
    document: this.documentOf(ev)
  };
};

// eventFacts(evs): Facts holding the events and the nodes they link to, in
// two queries: eventFacts(evs).eventRow(ev) for each.
function eventFacts(evs) {
  var f = new Facts(evs);
  f.add(f.linked(evs, ["<ng:source>"]));
  return f.addNames(f.linked(evs, ROLES));
}

// emitSorted(rows, keys): emit the rows ordered by the given keys, in turn
// (numbers numerically, anything else as text). Keys starting with "_" are
// for sorting only and are dropped before emitting.
function emitSorted(rows, keys) {
  function cmp(x, y) {
    if (typeof x !== "number" || typeof y !== "number") {
      x = String(x);
      y = String(y);
    }
    return x < y ? -1 : x > y ? 1 : 0;
  }
  rows.sort(function (a, b) {
    for (var i = 0; i < keys.length; i++) {
      var c = cmp(a[keys[i]], b[keys[i]]);
      if (c !== 0) return c;
    }
    return 0;
  });
  rows.forEach(function (r) {
    var out = {};
    Object.keys(r).forEach(function (k) {
      if (k.charAt(0) !== "_") out[k] = r[k];
    });
    g.Emit(out);
  });
}

// ---- Limits, dates and paging ----
//
// A saved query shows at most `limit` rows (default DEFAULT_LIMIT, 0 = all)
// from `offset`, and says so with a note when rows were cut. Events can be
// narrowed by `from`/`to` (dates) and `type`.

var DATE = "<ng:date>";
var XSD_DATE = "<http://www.w3.org/2001/XMLSchema#date>";
var DEFAULT_LIMIT = 100; // as the Cayley web UI
// HEAVY: above this many events (counted with a cap), an entity's or a
// type's events are found by walking the calendar (see walkDays) rather
// than read in full. The parameter _heavy overrides it (for tests).
var HEAVY = 2000;

// note(text): a message about the results for the reader (rows cut by a
// limit, how to see more). The runner prints it apart from the results
// (newsgraph query: on stderr).
function note(text) {
  g.Emit({ _note: String(text) });
}

// intParam(name, dflt): a whole-number parameter (>= 0), dflt when not given.
function intParam(name, dflt) {
  var v = param(name);
  if (v === "") return dflt;
  var n = Number(v);
  if (!(n >= 0) || Math.floor(n) !== n) {
    throw new Error("parameter " + name + " wants a whole number >= 0, not " + JSON.stringify(v));
  }
  return n;
}

function heavyThreshold() {
  return intParam("_heavy", HEAVY);
}

function pad2(n) {
  return (n < 10 ? "0" : "") + n;
}

// fmtInt(n): 41233 -> "41,233".
function fmtInt(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// Options(): the common parameters of the event queries:
//   limit (default DEFAULT_LIMIT, 0 = all), offset (default 0),
//   from, to: dates YYYY, YYYY-MM or YYYY-MM-DD, inclusive (events without a
//     date are left out when either is given),
//   type: event classes, comma-separated ("Demand,Sanction" or "ng:Demand"),
//   order: "desc" (newest first, the default) or "asc" (oldest first);
//     undated events come last either way.
function Options() {
  this.limit = intParam("limit", DEFAULT_LIMIT);
  this.offset = intParam("offset", 0);
  this.from = dateBound("from", false);
  this.to = dateBound("to", true);
  this.types = param("type").split(",").map(function (t) {
    t = t.trim();
    if (t === "") return "";
    if (isIRI(t)) return t;
    return "<" + (t.indexOf(":") >= 0 ? t : "ng:" + t) + ">";
  }).filter(function (t) { return t !== ""; });
  this.order = param("order", "desc");
  if (this.order !== "desc" && this.order !== "asc") {
    throw new Error('parameter order wants "desc" or "asc", not ' + JSON.stringify(this.order));
  }
}

// want(): how many rows from the top the page needs (Infinity for all).
Options.prototype.want = function () {
  return this.limit === 0 ? Infinity : this.offset + this.limit;
};

// dated(): whether a date range was given.
Options.prototype.dated = function () {
  return this.from !== "" || this.to !== "";
};

// inRange(date): whether a readable date ("2021-08-26", "" if none) passes from/to.
Options.prototype.inRange = function (date) {
  if (!this.dated()) return true;
  if (date === "") return false;
  return (this.from === "" || date >= this.from) && (this.to === "" || date.substring(0, 10) <= this.to);
};

// before(a, b): the order of {ev, date} items: by date (this.order),
// undated last, then by IRI.
Options.prototype.compare = function (a, b) {
  if (a.date !== b.date) {
    if (a.date === "") return 1;
    if (b.date === "") return -1;
    return (a.date < b.date ? -1 : 1) * (this.order === "asc" ? 1 : -1);
  }
  return a.ev < b.ev ? -1 : a.ev > b.ev ? 1 : 0;
};

// page(items, total, what): the items of this page (items sorted, from
// offset, at most limit), with a note when that is not all of them. total is
// how many there are in all (a number), or a string such as "more than
// 2,000" when only a bound is known.
Options.prototype.page = function (items, total, what) {
  var out = this.limit === 0 ? items.slice(this.offset) : items.slice(this.offset, this.offset + this.limit);
  var all = typeof total === "number" ? total : -1;
  if (out.length === all && this.offset === 0) return out;
  if (all < 0 && this.offset === 0 && out.length < this.limit) return out;
  var shown = out.length ? "showing " + fmtInt(this.offset + 1) + "-" + fmtInt(this.offset + out.length) : "showing none";
  var next = [];
  if (this.limit !== 0 && (all < 0 || this.offset + out.length < all)) {
    next.push("give offset=" + (this.offset + out.length) + " for the next rows");
    next.push("limit=0 for all");
  }
  if (what !== "") {
    note(shown + " of " + (typeof total === "number" ? fmtInt(total) : total) + " " + what +
      (next.length ? "; " + next.join(", ") : ""));
  }
  return out;
};

function dateBound(name, end) {
  var v = param(name).trim();
  if (v === "") return "";
  var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) throw new Error("parameter " + name + " wants a date YYYY, YYYY-MM or YYYY-MM-DD, not " + JSON.stringify(v));
  if (m[3]) return v;
  if (m[2]) {
    if (!end) return v + "-01";
    return v + "-" + pad2(new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate());
  }
  return v + (end ? "-12-31" : "-01-01");
}

// dateLiteral(day): the stored ng:date value of a day "2021-08-26".
function dateLiteral(day) {
  return '"' + day + '"^^' + XSD_DATE;
}

// walkDays(opt, found, want): visit the days from opt.to back to opt.from
// (order desc) or from opt.from on to opt.to (order asc), calling
// found(day, dayPath) on each day the graph has (dayPath: the node of that
// ng:date value; a day missing from the graph costs one lookup), until found
// has returned `want` events in all. Unbounded ends default to 1900-01-01
// and the end of next year. Returns whether every day was visited.
// Undated events are never found this way.
function walkDays(opt, found, want) {
  var lo = opt.from || "1900-01-01";
  var hi = opt.to || (new Date().getUTCFullYear() + 1) + "-12-31";
  function parse(s) { return Date.UTC(+s.substring(0, 4), +s.substring(5, 7) - 1, +s.substring(8, 10)); }
  var step = opt.order === "asc" ? 1 : -1;
  var d = new Date(step > 0 ? parse(lo) : parse(hi)), stop = step > 0 ? parse(hi) : parse(lo);
  var n = 0;
  for (; step > 0 ? d.getTime() <= stop : d.getTime() >= stop; d.setUTCDate(d.getUTCDate() + step)) {
    var day = d.toISOString().substring(0, 10), lit = dateLiteral(day);
    if (list(g.V(lit).ToArray()).length === 0) continue;
    n += found(day, g.V(lit));
    if (n >= want) return false;
  }
  return true;
}

// countCapped(paths, cap): how many results the paths have in all, counted
// up to cap (cap + 1 means "more than cap").
function countCapped(paths, cap) {
  var n = 0;
  for (var i = 0; i < paths.length && n <= cap; i++) n += paths[i].Limit(cap + 1 - n).Count();
  return n;
}

// dateOf(ev): the event's date, readable ("" if none): one index lookup.
function dateOf(ev) {
  var d = list(g.V(ev).Out(DATE).Limit(1).ToArray());
  return d.length ? plain(d[0]) : "";
}

// selectEvents(evs, opt): the {ev, date} items of these events that pass
// the date range and types, sorted (opt.compare): a date (and type, when
// types are given) lookup per event.
function selectEvents(evs, opt) {
  var items = [];
  list(evs).forEach(function (ev) {
    if (opt.types.length) {
      var ts = values(ev, TYPE);
      if (!opt.types.some(function (t) { return ts.indexOf(t) >= 0; })) return;
    }
    var date = dateOf(ev);
    if (opt.inRange(date)) items.push({ ev: ev, date: date });
  });
  return items.sort(opt.compare.bind(opt));
}

// entityEvents(ids, opt): the events the entities (ids) are agent, target or
// about of, passing opt's range and types, for opt's page: {items: [{ev,
// date, roles}] in order (whole list up to the page end, not yet cut),
// total: their number, or a text like "more than 2,000" when a heavy
// entity's events were found by walking the calendar}.
//
// An entity in at most HEAVY events: every event is read (index lookups
// from the entity), then its date. A heavy one (a country in tens of
// thousands of events), when a page is asked for newest first or from a
// date on: the calendar is walked from the page's end, each day's events
// that name the entity read from the day's node (day.In(DATE).Has(role, id)),
// until the page is full.
function entityEvents(ids, opt) {
  var cap = heavyThreshold();
  var roleSets = [];
  ids.forEach(function (id) {
    ROLES.forEach(function (role) { roleSets.push({ id: id, role: role }); });
  });
  var byEvent = {};
  function addRole(ev, role) {
    var e = byEvent[ev] || (byEvent[ev] = []);
    if (e.indexOf(local(role)) < 0) e.push(local(role));
  }
  var want = opt.want();
  // (not with types: a rare type would walk the whole calendar)
  var walk = want !== Infinity && opt.types.length === 0 && (opt.order === "desc" || opt.from !== "") &&
    countCapped(roleSets.map(function (r) { return g.V(r.id).In(r.role); }), cap) > cap;
  var items = [];
  if (walk) {
    var complete = walkDays(opt, function (day, dayPath) {
      var got = [];
      var evs = dayPath.In(DATE);
      var typed = opt.types.length ? opt.types.map(function (t) { return evs.Has(TYPE, t); }) : [evs];
      roleSets.forEach(function (r) {
        typed.forEach(function (p) {
          list(p.Has(r.role, r.id).ToArray()).forEach(function (ev) {
            if (!byEvent[ev]) got.push(ev);
            addRole(ev, r.role);
          });
        });
      });
      got.sort().forEach(function (ev) { items.push({ ev: ev, date: day }); });
      return got.length;
    }, want);
    if (!complete || opt.dated()) {
      items.forEach(function (it) { it.roles = byEvent[it.ev].join("; "); });
      return { items: items, total: complete ? items.length : moreThan(items.length, opt, cap) };
    }
    // every day visited and the page still not full: read them all
    byEvent = {};
  }
  roleSets.forEach(function (r) {
    list(g.V(r.id).In(r.role).Unique().ToArray()).forEach(function (ev) { addRole(ev, r.role); });
  });
  items = selectEvents(Object.keys(byEvent), opt);
  items.forEach(function (it) { it.roles = byEvent[it.ev].join("; "); });
  return { items: items, total: items.length };
}

// moreThan(n, opt, cap): the total of a walk stopped after n events: "more
// than cap" when nothing narrowed the events (the count said so).
function moreThan(n, opt, cap) {
  return "more than " + fmtInt(opt.types.length || opt.dated() ? n : Math.max(n, cap));
}

// classEvents(cls, opt, keep): like entityEvents for the events of one class
// (e.g. "<ng:Sanction>"), opt.types ignored; keep(ev), when given, says
// which of them to keep.
function classEvents(cls, opt, keep) {
  keep = keep || function () { return true; };
  var cap = heavyThreshold(), want = opt.want();
  var walk = want !== Infinity && (opt.order === "desc" || opt.from !== "") &&
    countCapped([g.V(cls).In(TYPE)], cap) > cap;
  var items = [];
  if (walk) {
    var complete = walkDays(opt, function (day, dayPath) {
      var evs = list(dayPath.In(DATE).Has(TYPE, cls).ToArray()).sort().filter(keep);
      evs.forEach(function (ev) { items.push({ ev: ev, date: day }); });
      return evs.length;
    }, want);
    if (!complete || opt.dated()) {
      return { items: items, total: complete ? items.length : moreThan(items.length, opt, cap) };
    }
  }
  var o = Object.create(opt);
  o.types = [];
  items = selectEvents(list(g.V(cls).In(TYPE).Unique().ToArray()).filter(keep), o);
  return { items: items, total: items.length };
}
