// entity: everything the graph says about one entity.
//
// One row per fact: its names ("name", "alias"), types ("type"), job titles
// ("jobTitle"), its relations to other entities ("relation": it is the
// subject; "inverse relation": it is the object), and the events it took part
// in ("event", with its role and date). Columns: entity, kind, relation,
// value, date.
//
// @param entity required: the entity's name or alias (or its IRI, "<ng:id/...>")

var rows = [];
entityIDs(need("entity")).forEach(function (id) {
  // first what links here (index lookups from this one node), then the names
  // and dates of all the linked nodes in one read
  var linked = [];
  RELATIONS.forEach(function (pred) {
    var objs = values(id, pred);
    var subjs = list(g.V(id).In(pred).Unique().ToArray());
    linked.push({ pred: pred, objs: objs, subjs: subjs });
  });
  var events = [];
  ROLES.forEach(function (role) {
    events.push({ role: role, evs: list(g.V(id).In(role).Unique().ToArray()) });
  });
  var facts = new Facts();
  linked.forEach(function (l) { facts.addNames(l.objs).addNames(l.subjs); });
  events.forEach(function (e) { facts.add(e.evs); });

  var me = nameOf(id);
  function add(kind, relation, val, date) {
    rows.push({ entity: me, kind: kind, relation: relation, value: val, date: date || "" });
  }
  values(id, NAME).forEach(function (v) { add("name", "", plain(v)); });
  values(id, ALIAS).forEach(function (v) { add("alias", "", plain(v)); });
  values(id, TYPE).forEach(function (v) { add("type", "", local(v)); });
  values(id, "<schema:jobTitle>").forEach(function (v) { add("jobTitle", "", plain(v)); });
  linked.forEach(function (l) {
    l.objs.forEach(function (o) { add("relation", local(l.pred), facts.nameOf(o)); });
    l.subjs.forEach(function (s) { add("inverse relation", local(l.pred), facts.nameOf(s)); });
  });
  events.forEach(function (e) {
    e.evs.forEach(function (ev) {
      add("event", local(e.role), facts.nameOf(ev), facts.value(ev, "<ng:date>"));
    });
  });
});
var order = { name: 0, alias: 1, type: 2, jobTitle: 3, relation: 4, "inverse relation": 5, event: 6 };
rows.forEach(function (r) {
  r._order = order[r.kind];
  r._date = r.date === "" ? "~" : r.date; // undated last
});
emitSorted(rows, ["entity", "_order", "relation", "_date", "value"]);
