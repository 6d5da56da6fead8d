// spokesperson-demands: what spokespersons demanded, of whom, when and why.
//
// Every Demand event whose agent is a spokesperson (a node with
// ng:spokespersonFor, or with a schema:jobTitle naming a spokesperson), one
// row per target: the spokesperson, whom they speak for, the target, the
// date, what the demand is about and the evidence sentence with its document.
//
// @param spokesperson optional: only this spokesperson (a name or alias)

var who;
if (param("spokesperson") !== "") {
  who = entityIDs(param("spokesperson"));
} else {
  who = list(g.V().Has("<ng:spokespersonFor>").Unique().ToArray())
    .concat(list(g.V().Has("<schema:jobTitle>", regex("(?i)spokes")).Has(TYPE, "<schema:Person>").Unique().ToArray()));
}

// each one's events as agent (index lookups from one node each), kept when
// typed ng:Demand; then the events and what they link to in two reads
var people = [], seen = {}, agentOf = [];
who.forEach(function (p) {
  if (seen[p]) return;
  seen[p] = true;
  people.push(p);
  agentOf.push(list(g.V(p).In("<schema:agent>").Unique().ToArray()));
});
var all = [].concat.apply([], agentOf), isDemand = {};
if (all.length > 5000) { // many: one read of every demand beats reading every event
  list(g.V("<ng:Demand>").In(TYPE).ToArray()).forEach(function (ev) { isDemand[ev] = true; });
} else {
  var types = new Facts(all);
  all.forEach(function (ev) { isDemand[ev] = types.values(ev, TYPE).indexOf("<ng:Demand>") >= 0; });
}
var demands = agentOf.map(function (evs) { return evs.filter(function (ev) { return isDemand[ev]; }); });
var facts = eventFacts([].concat.apply([], demands));
var speaksFor = {};
people.forEach(function (p, i) {
  if (demands[i].length === 0) return;
  speaksFor[p] = values(p, "<ng:spokespersonFor>");
  facts.addNames([p]).addNames(speaksFor[p]);
});

var rows = [];
people.forEach(function (p, i) {
  demands[i].forEach(function (ev) {
    var e = facts.eventRow(ev);
    var targets = facts.values(ev, "<schema:target>").map(facts.nameOf, facts);
    if (targets.length === 0) targets = [""];
    targets.forEach(function (t) {
      rows.push({
        spokesperson: facts.nameOf(p),
        speaksFor: speaksFor[p].map(facts.nameOf, facts).sort().join("; "),
        target: t,
        date: e.date,
        about: e.about,
        evidence: e.evidence,
        document: e.document
      });
    });
  });
});
emitSorted(rows, ["date", "spokesperson", "target", "document", "evidence"]);
