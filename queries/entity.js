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
  var me = nameOf(id);
  function add(kind, relation, val, date) {
    rows.push({ entity: me, kind: kind, relation: relation, value: val, date: date || "" });
  }
  values(id, NAME).forEach(function (v) { add("name", "", plain(v)); });
  values(id, ALIAS).forEach(function (v) { add("alias", "", plain(v)); });
  values(id, TYPE).forEach(function (v) { add("type", "", local(v)); });
  values(id, "<schema:jobTitle>").forEach(function (v) { add("jobTitle", "", plain(v)); });
  RELATIONS.forEach(function (pred) {
    values(id, pred).forEach(function (o) { add("relation", local(pred), nameOf(o)); });
    list(g.V(id).In(pred).Unique().ToArray()).forEach(function (s) { add("inverse relation", local(pred), nameOf(s)); });
  });
  ROLES.forEach(function (role) {
    list(g.V(id).In(role).Unique().ToArray()).forEach(function (ev) {
      add("event", local(role), nameOf(ev), value(ev, "<ng:date>"));
    });
  });
});
var order = { name: 0, alias: 1, type: 2, jobTitle: 3, relation: 4, "inverse relation": 5, event: 6 };
rows.forEach(function (r) {
  r._order = order[r.kind];
  r._date = r.date === "" ? "~" : r.date; // undated last
});
emitSorted(rows, ["entity", "_order", "relation", "_date", "value"]);
