// evidence: the sentences and documents behind the facts about one entity.
//
// One row per fact that names the entity: each event it is agent, target or
// about of (kind "event"), and each reified relation (ng:Relation) it is
// the subject or object of (kind "relation"): the fact, the evidence
// sentence, its character offsets, the document identifier and headline.
//
// @param entity required: the entity's name or alias (or its IRI, "<ng:id/...>")

var rows = [], seen = {};
function add(kind, node, fact) {
  if (seen[node]) return;
  seen[node] = true;
  var docs = values(node, "<ng:source>");
  var start = value(node, "<ng:sentenceStart>");
  rows.push({
    _start: start === "" ? Infinity : start, // no offsets: last
    kind: kind,
    fact: fact,
    date: value(node, "<ng:date>"),
    evidence: value(node, "<ng:evidence>"),
    start: start,
    end: value(node, "<ng:sentenceEnd>"),
    document: documentOf(node),
    headline: docs.map(function (d) { return value(d, "<schema:headline>"); }).join("; ")
  });
}
entityIDs(need("entity")).forEach(function (id) {
  ROLES.forEach(function (role) {
    list(g.V(id).In(role).Unique().ToArray()).forEach(function (ev) { add("event", ev, nameOf(ev)); });
  });
  ["<rdf:subject>", "<rdf:object>"].forEach(function (dir) {
    list(g.V(id).In(dir).Unique().ToArray()).forEach(function (st) {
      var fact = namesOf(st, "<rdf:subject>") + " " + values(st, "<rdf:predicate>").map(local).join("; ") +
        " " + namesOf(st, "<rdf:object>");
      add("relation", st, fact);
    });
  });
});
emitSorted(rows, ["document", "_start", "kind", "fact"]);
