// sanctions: who sanctioned whom, when.
//
// Every Sanction event: the sanctioning party (agent), the sanctioned party
// (target), what it is about, the date, the evidence sentence and its
// document, ordered by date.

var rows = [];
list(g.V("<ng:Sanction>").In(TYPE).Unique().ToArray()).forEach(function (ev) {
  var e = eventRow(ev);
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
