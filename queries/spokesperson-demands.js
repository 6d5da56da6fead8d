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

var rows = [], seen = {};
who.forEach(function (p) {
  if (seen[p]) return;
  seen[p] = true;
  list(g.V(p).In("<schema:agent>").Has(TYPE, "<ng:Demand>").Unique().ToArray()).forEach(function (ev) {
    var e = eventRow(ev);
    var targets = values(ev, "<schema:target>").map(nameOf);
    if (targets.length === 0) targets = [""];
    targets.forEach(function (t) {
      rows.push({
        spokesperson: nameOf(p),
        speaksFor: namesOf(p, "<ng:spokespersonFor>"),
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
