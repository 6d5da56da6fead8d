// timeline: every event one entity took part in, by date.
//
// One row per event in which the entity is the agent, a target or what the
// event is about: the date, the event's type and name, the entity's role(s),
// agent, target, about, the evidence sentence and its document. Events with
// no date come last.
//
// @param entity required: the entity's name or alias (or its IRI, "<ng:id/...>")

var ids = entityIDs(need("entity"));
var byEvent = {};
ids.forEach(function (id) {
  ROLES.forEach(function (role) {
    list(g.V(id).In(role).Unique().ToArray()).forEach(function (ev) {
      if (!byEvent[ev]) byEvent[ev] = { roles: [] };
      if (byEvent[ev].roles.indexOf(local(role)) < 0) byEvent[ev].roles.push(local(role));
    });
  });
});

var rows = [];
var events = Object.keys(byEvent);
var facts = eventFacts(events);
events.forEach(function (ev) {
  var r = facts.eventRow(ev);
  r.role = byEvent[ev].roles.join("; ");
  r._date = r.date === "" ? "~" : r.date; // undated last
  rows.push(r);
});
emitSorted(rows, ["_date", "event", "document"]);
