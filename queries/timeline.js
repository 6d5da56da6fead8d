// timeline: the events one entity took part in, newest first.
//
// One row per event in which the entity is the agent, a target or what the
// event is about: the date, the event's type and name, the entity's role(s),
// agent, target, about, the evidence sentence and its document. Events with
// no date come last. At most `limit` rows are shown; a note says when there
// are more. For an entity in thousands of events (a country), a page newest
// first (or from a date on) is found by walking the calendar back from its
// end, so it answers quickly however many events there are.
//
// @param entity required: the entity's name or alias (or its IRI, "<ng:id/...>")
// @param limit optional: at most this many rows (default 100; 0 = all)
// @param offset optional: skip this many rows first (default 0), to page
// @param from optional: only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param to optional: only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param type optional: only events of these classes, comma-separated (e.g. Demand,Sanction)
// @param order optional: desc (newest first, the default) or asc (oldest first)

var opt = new Options();
var found = entityEvents(entityIDs(need("entity")), opt);
var items = opt.page(found.items, found.total, "events");
var facts = eventFacts(items.map(function (it) { return it.ev; }));
items.forEach(function (it) {
  var r = facts.eventRow(it.ev);
  r.role = it.roles;
  g.Emit(r);
});
