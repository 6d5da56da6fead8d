// spokesperson-demands: what spokespersons demanded, of whom, when and why.
//
// Every Demand event whose agent is a spokesperson (a node with
// ng:spokespersonFor, or a Person with a schema:jobTitle naming a
// spokesperson), newest first (undated last), one row per target: the
// spokesperson, whom they speak for, the target, the date, what the demand
// is about and the evidence sentence with its document. At most `limit`
// demands are shown; a note says when there are more.
//
// @param spokesperson optional: only this spokesperson (a name or alias)
// @param limit optional: at most this many demands (default 100; 0 = all)
// @param offset optional: skip this many demands first (default 0), to page
// @param from optional: only demands on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param to optional: only demands on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param order optional: desc (newest first, the default) or asc (oldest first)

var opt = new Options();
opt.types = ["<ng:Demand>"];

// isSpokesperson(node), remembered: one or two index lookups from the node
var spokes = {};
function isSpokesperson(p) {
  if (spokes.hasOwnProperty(p)) return spokes[p];
  var yes = list(g.V(p).Out("<ng:spokespersonFor>").Limit(1).ToArray()).length > 0 ||
    (values(p, "<schema:jobTitle>").some(function (t) { return /spokes/i.test(plain(t)); }) &&
      values(p, TYPE).indexOf("<schema:Person>") >= 0);
  spokes[p] = yes;
  return yes;
}
// the spokespersons among a demand's agents
function spokesOf(ev) {
  return values(ev, "<schema:agent>").filter(isSpokesperson);
}

var found;
if (param("spokesperson") !== "") {
  // their events as agent (index lookups from each node), kept when demands
  var evs = [], seen = {};
  entityIDs(param("spokesperson")).forEach(function (p) {
    if (!isSpokesperson(p)) return;
    list(g.V(p).In("<schema:agent>").Unique().ToArray()).forEach(function (ev) {
      if (!seen[ev]) evs.push(ev);
      seen[ev] = true;
    });
  });
  var items = selectEvents(evs, opt);
  found = { items: items, total: items.length };
} else {
  found = classEvents("<ng:Demand>", opt, function (ev) { return spokesOf(ev).length > 0; });
}

var items = opt.page(found.items, found.total, "demands");
var facts = eventFacts(items.map(function (it) { return it.ev; }));
var who = param("spokesperson") !== "" ? entityIDs(param("spokesperson")) : null;
var speaksFor = {};
items.forEach(function (it) {
  var e = facts.eventRow(it.ev);
  var targets = facts.values(it.ev, "<schema:target>").map(facts.nameOf, facts).sort();
  if (targets.length === 0) targets = [""];
  spokesOf(it.ev).forEach(function (p) {
    if (who && who.indexOf(p) < 0) return;
    if (!speaksFor[p]) {
      var orgs = values(p, "<ng:spokespersonFor>");
      facts.addNames([p]).addNames(orgs);
      speaksFor[p] = orgs.map(facts.nameOf, facts).sort().join("; ");
    }
    targets.forEach(function (t) {
      g.Emit({
        spokesperson: facts.nameOf(p),
        speaksFor: speaksFor[p],
        target: t,
        date: e.date,
        about: e.about,
        evidence: e.evidence,
        document: e.document
      });
    });
  });
});
