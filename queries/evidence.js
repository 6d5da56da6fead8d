// evidence: the sentences and documents behind the facts about one entity.
//
// One row per fact that names the entity: each event it is agent, target or
// about of (kind "event"), and each reified relation (ng:Relation) it is
// the subject or object of (kind "relation"): the fact, the rule that made it, the evidence
// sentence, its character offsets, the document identifier and headline.
//
// @param entity required: the entity's name or alias (or its IRI, "<ng:id/...>")

var found = [], seen = {};
function add(kind, node) {
  if (seen[node]) return;
  seen[node] = true;
  found.push({ kind: kind, node: node });
}
entityIDs(need("entity")).forEach(function (id) {
  ROLES.forEach(function (role) {
    list(g.V(id).In(role).Unique().ToArray()).forEach(function (ev) { add("event", ev); });
  });
  ["<rdf:subject>", "<rdf:object>"].forEach(function (dir) {
    list(g.V(id).In(dir).Unique().ToArray()).forEach(function (st) { add("relation", st); });
  });
});

// the facts and statements, then the documents and entities they name: two reads
var nodeIDs = found.map(function (f) { return f.node; });
var facts = new Facts(nodeIDs);
facts.add(facts.linked(nodeIDs, ["<ng:source>"])).addNames(facts.linked(nodeIDs, ["<rdf:subject>", "<rdf:object>"]));
var rows = found.map(function (f) {
  var node = f.node;
  var fact = f.kind === "event" ? facts.nameOf(node) :
    facts.namesOf(node, "<rdf:subject>") + " " + facts.values(node, "<rdf:predicate>").map(local).join("; ") +
    " " + facts.namesOf(node, "<rdf:object>");
  var start = facts.value(node, "<ng:sentenceStart>");
  return {
    _start: start === "" ? Infinity : start, // no offsets: last
    kind: f.kind,
    fact: fact,
    date: facts.value(node, "<ng:date>"),
    evidence: facts.value(node, "<ng:evidence>"),
    rule: facts.value(node, "<ng:rule>"), // why the fact exists: the extraction rule
    start: start,
    end: facts.value(node, "<ng:sentenceEnd>"),
    document: facts.documentOf(node),
    headline: facts.values(node, "<ng:source>").map(function (d) { return facts.value(d, "<schema:headline>"); }).join("; ")
  };
});
emitSorted(rows, ["document", "_start", "kind", "fact"]);
