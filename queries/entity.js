// entity: everything the graph says about one entity.
//
// One row per fact: its names ("name", "alias"), types ("type"), job titles
// ("jobTitle"), its relations to other entities ("relation": it is the
// subject; "inverse relation": it is the object), and the events it took part
// in ("event", with its role and date; newest first, undated last).
// Columns: entity, kind, relation, value, date. Of the events, at most
// `limit` are shown, and of the entities related to it by one relation
// (e.g. a country's nationals) too; a note says when there are more.
//
// @param entity required: the entity's name or alias (or its IRI, "<ng:id/...>")
// @param limit optional: at most this many event rows, and inverse relations per relation (default 100; 0 = all)
// @param offset optional: skip this many events first (default 0), to page
// @param from optional: only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param to optional: only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param type optional: only events of these classes, comma-separated (e.g. Demand,Sanction)
// @param order optional: desc (newest first, the default) or asc (oldest first)

var opt = new Options();
var ids = entityIDs(need("entity"));
var rows = [];
ids.forEach(function (id) {
  // first what links here (index lookups from this one node), then the names
  // and dates of all the linked nodes in one read
  var linked = [];
  RELATIONS.forEach(function (pred) {
    var objs = values(id, pred);
    // what points here can be thousands (a country's nationals): at most
    // `limit` of them per relation, read no further than that, through the
    // inverse link (an index lookup from this node, not a read of every
    // fact that names it)
    var from = g.V(id).Out(INVERSE[pred]).Unique();
    var subjs = list((opt.limit === 0 ? from : from.Limit(opt.limit + 1)).ToArray()).sort();
    if (opt.limit !== 0 && subjs.length > opt.limit) {
      subjs = subjs.slice(0, opt.limit);
      note("showing " + fmtInt(opt.limit) + " of more than " + fmtInt(opt.limit) + " entities with " +
        local(pred) + " " + plain(id) + "; give limit=0 for all");
    }
    linked.push({ pred: pred, objs: objs, subjs: subjs });
  });
  var facts = new Facts();
  linked.forEach(function (l) { facts.addNames(l.objs).addNames(l.subjs); });

  var me = nameOf(id);
  function add(kind, relation, val, date) {
    rows.push({ entity: me, kind: kind, relation: relation, value: val, date: date || "" });
  }
  list(g.V(id).Out(NAME).Unique().ToArray()).sort().forEach(function (v) { add("name", "", plain(v)); });
  values(id, ALIAS).forEach(function (v) { add("alias", "", plain(v)); });
  values(id, TYPE).forEach(function (v) { add("type", "", local(v)); });
  values(id, "<schema:jobTitle>").forEach(function (v) { add("jobTitle", "", plain(v)); });
  linked.forEach(function (l) {
    l.objs.forEach(function (o) { add("relation", local(l.pred), facts.nameOf(o)); });
    l.subjs.forEach(function (s) { add("inverse relation", local(l.pred), facts.nameOf(s)); });
  });
});
var order = { name: 0, alias: 1, type: 2, jobTitle: 3, relation: 4, "inverse relation": 5, event: 6 };
rows.forEach(function (r) {
  r._order = order[r.kind];
  r._date = r.date === "" ? "~" : r.date; // undated last
});
emitSorted(rows, ["entity", "_order", "relation", "_date", "value"]);

// the events: one page of them for all the entity's nodes
var me = ids.length ? nameOf(ids[0]) : "";
var found = entityEvents(ids, opt);
opt.page(found.items, found.total, "events").forEach(function (it) {
  var name = nameOf(it.ev);
  it.roles.split("; ").forEach(function (role) {
    g.Emit({ entity: me, kind: "event", relation: role, value: name, date: it.date });
  });
});
