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

// entityIDs(name): the IRIs of the nodes whose schema:name or alternateName is
// name (exactly, else ignoring case). An IRI ("<ng:id/...>") is taken as it is.
function entityIDs(name) {
  if (isIRI(name)) return [name];
  var ids = list(g.V(name).In([NAME, ALIAS]).Unique().ToArray());
  if (ids.length === 0) {
    ids = list(g.V().Filter(regex("(?i)^" + regexQuote(name) + "$")).In([NAME, ALIAS]).Unique().ToArray());
  }
  return ids.sort();
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
      var vs = values(id, preds[i]);
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
