// sanctions: who sanctioned whom, when.
//
// Every Sanction event: the sanctioning party (agent), the sanctioned party
// (target), what it is about, the date, the evidence sentence and its
// document, ordered by date.

var rows = [];
var events = list(g.V("<ng:Sanction>").In(TYPE).Unique().ToArray());
var facts = eventFacts(events);
events.forEach(function (ev) {
  var e = facts.eventRow(ev);
  rows.push({
    sanctioner: e.agent,
    sanctioned: e.target,
    about: e.about,
    date: e.date,
    evidence: e.evidence,
    document: e.document
  });
});
emitSorted(rows, ["date", "sanctioner", "sanctioned", "document"]);
