// evidence: the sentences and documents behind the facts about one entity.
//
// One row per fact that names the entity: each event it is agent, target or
// about of (kind "event"), and each reified relation (ng:Relation) it is
// the subject or object of (kind "relation"): the fact, the rule that made it, the evidence
// sentence, its character offsets, the document identifier and headline.
// Rows are ordered by document and offset. Of an entity in many facts, one
// page is shown: at most `limit` events (newest first, as in timeline) and
// at most `limit` relations (in the order they were written); a note says
// when there are more.
//
// @param entity required: the entity's name or alias (or its IRI, "<ng:id/...>")
// @param limit optional: at most this many events, and this many relations (default 100; 0 = all)
// @param offset optional: skip this many events, and relations, first (default 0), to page
// @param from optional: only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param to optional: only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param type optional: only events of these classes, comma-separated (e.g. Demand,Sanction)
// @param order optional: which events make the page: desc (the newest, the default) or asc (the oldest)

var found = [], seen = {};
function add(kind, node) {
  if (seen[node]) return;
  seen[node] = true;
  found.push({ kind: kind, node: node });
}
var opt = new Options();
var ids = entityIDs(need("entity"));
var events = entityEvents(ids, opt);
opt.page(events.items, events.total, "events").forEach(function (it) { add("event", it.ev); });
// the reified relations naming the entity, through its links to them (an
// index lookup from the entity): one page of them, in the order written
var want = opt.want(), sts = [], seenSt = {};
ids.forEach(function (id) {
  [SUBJECT_OF, OBJECT_OF].forEach(function (link) {
    var p = g.V(id).Out(link);
    list((want === Infinity ? p : p.Limit(want + 1)).ToArray()).forEach(function (st) {
      if (!seenSt[st]) { seenSt[st] = true; sts.push(st); }
    });
  });
});
var more = want !== Infinity && sts.length > want;
opt.page(sts, more ? "more than " + fmtInt(want) : sts.length, "relations").forEach(function (st) { add("relation", st); });

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
