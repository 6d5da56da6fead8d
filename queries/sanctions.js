// sanctions: who sanctioned whom, when, newest first.
//
// Every Sanction event: the sanctioning party (agent), the sanctioned party
// (target), what it is about, the date, the evidence sentence and its
// document, newest first (undated last). At most `limit` rows are shown; a
// note says when there are more.
//
// @param limit optional: at most this many rows (default 100; 0 = all)
// @param offset optional: skip this many rows first (default 0), to page
// @param from optional: only sanctions on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param to optional: only sanctions on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param order optional: desc (newest first, the default) or asc (oldest first)

var opt = new Options();
var found = classEvents("<ng:Sanction>", opt);
var items = opt.page(found.items, found.total, "sanctions");
var facts = eventFacts(items.map(function (it) { return it.ev; }));
items.forEach(function (it) {
  var e = facts.eventRow(it.ev);
  g.Emit({
    sanctioner: e.agent,
    sanctioned: e.target,
    about: e.about,
    date: e.date,
    evidence: e.evidence,
    document: e.document
  });
});
