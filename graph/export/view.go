package export

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// The node-and-edge view of the graph that the visualizer formats draw.
//
// Nodes are the IRIs (and blank nodes) with an rdf:type, except reified
// relations (ng:Relation), plus any untyped IRI an edge of theirs reaches
// (kind "other"). Literal-valued properties become node attributes. Edges
// are the quads between two nodes, rdf:type and the inverse links (schema:
// employee...) excluded; the quads of several
// documents with the same subject, predicate and object are one edge, and
// the literal properties of a reified relation (jobTitle, evidence...)
// become attributes of its edge.

// Kinds of nodes.
const (
	KindEntity   = "entity"
	KindEvent    = "event"
	KindDocument = "document"
	KindOther    = "other"
)

// Attribute names every node or edge has; property attributes that would
// collide with them get a trailing "_".
var (
	nodeFixed = []string{"label", "type", "kind", "documents", "iri", "color", "shape", "fillcolor"}
	edgeFixed = []string{"label", "predicate", "documents", "sources"}
)

type view struct {
	nodes     []*vnode // sorted by id
	edges     []*vedge // sorted by source, predicate, target
	nodeAttrs []string // property attribute names used by some node, sorted
	edgeAttrs []string
}

type vnode struct {
	id    string // full IRI, or "_:label"
	label string // human name
	typ   string // local class name: "Person", "Demand", "NewsArticle"
	kind  string // KindEntity...
	docs  int    // number of documents with quads about the node
	attrs map[string]string
}

type vedge struct {
	id, source, target string
	label, predicate   string // "worksFor", "http://schema.org/worksFor"
	docs               []string
	attrs              map[string]string
}

var (
	iriStatement = quad.IRI(schema.Expand(string(schema.RelationClass)))
	iriDocument  = quad.IRI(schema.Expand(string(schema.Document)))
	iriSubject   = quad.IRI(schema.Expand(string(schema.RDFSubject)))
	iriPredicate = quad.IRI(schema.Expand(string(schema.RDFPredicate)))
	iriObject    = quad.IRI(schema.Expand(string(schema.RDFObject)))
	// The properties that name a node, best first.
	namePreds = []quad.IRI{
		quad.IRI(schema.Expand(string(schema.Name))),
		quad.IRI(schema.Expand(string(schema.Headline))),
		quad.IRI(schema.Expand(string(schema.Identifier))),
	}
)

func nodeID(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.IRI:
		return string(v), true
	case quad.BNode:
		return "_:" + string(v), true
	}
	return "", false
}

// multiset of values with the documents supporting each.
type support map[string]map[string]bool

func (s support) add(val, doc string) {
	if s[val] == nil {
		s[val] = map[string]bool{}
	}
	s[val][doc] = true
}

func buildView(qs graph.QuadStore) (*view, error) {
	quads, err := readAll(qs)
	if err != nil {
		return nil, err
	}
	label := func(q quad.Quad) string { return term(q.Label) }

	// Pass 1: types.
	types := map[string][]quad.IRI{}
	for _, q := range quads {
		if q.Predicate != rdfType {
			continue
		}
		s, ok := nodeID(q.Subject)
		t, isIRI := q.Object.(quad.IRI)
		if ok && isIRI {
			types[s] = append(types[s], t)
		}
	}
	nodes := map[string]*vnode{}
	statements := map[string]bool{}
	for id, ts := range types {
		if containsIRI(ts, iriStatement) {
			statements[id] = true
			continue
		}
		typ, kind := classify(ts)
		nodes[id] = &vnode{id: id, typ: typ, kind: kind}
	}

	// Pass 2: properties, edges, reified relations.
	props := map[string]map[string]support{} // node -> attribute -> values
	names := map[string]map[quad.IRI]support{}
	nodeDocs := map[string]map[string]bool{}
	type triple struct{ s, p, o string }
	edges := map[triple]*vedge{}
	reified := map[string]map[quad.IRI][]quad.Quad{} // statement -> predicate -> quads
	for _, q := range quads {
		s, ok := nodeID(q.Subject)
		if !ok {
			continue
		}
		if statements[s] {
			reified[s] = addQuad(reified[s], q)
			continue
		}
		n := nodes[s]
		o, objIsNode := nodeID(q.Object)
		if n == nil && (!objIsNode || nodes[o] == nil) {
			continue // nothing to do with a drawn node
		}
		if n != nil {
			if nodeDocs[s] == nil {
				nodeDocs[s] = map[string]bool{}
			}
			if q.Label != nil {
				nodeDocs[s][label(q)] = true
			}
		}
		p, predIsIRI := q.Predicate.(quad.IRI)
		if q.Predicate == rdfType || !predIsIRI {
			continue
		}
		if text, ok := literalText(q.Object); ok {
			if n == nil {
				continue
			}
			if containsIRI(namePreds, p) {
				if names[s] == nil {
					names[s] = map[quad.IRI]support{}
				}
				if names[s][p] == nil {
					names[s][p] = support{}
				}
				names[s][p].add(text, label(q))
			}
			props[s] = addProp(props[s], attrName(p, nodeFixed), text, label(q))
			continue
		}
		if !objIsNode || statements[o] || schema.Predicate(schema.Shorten(string(p))).IsInverseLink() {
			continue // the inverse links would draw every relation twice
		}
		k := triple{s, string(p), o}
		e := edges[k]
		if e == nil {
			e = &vedge{source: s, target: o, predicate: k.p, label: localName(k.p)}
			edges[k] = e
		}
		e.addDoc(q.Label)
	}
	// Untyped IRIs reached by an edge.
	for k := range edges {
		for _, id := range []string{k.s, k.o} {
			if nodes[id] == nil {
				nodes[id] = &vnode{id: id, kind: KindOther}
			}
		}
	}
	// Reified relations: their literals describe the edge they restate.
	edgeProps := map[*vedge]map[string]support{}
	for _, byPred := range reified {
		s, ok1 := firstNode(byPred[iriSubject])
		p, ok2 := byPred[iriPredicate], len(byPred[iriPredicate]) > 0
		o, ok3 := firstNode(byPred[iriObject])
		if !ok1 || !ok2 || !ok3 || nodes[s] == nil || nodes[o] == nil {
			continue
		}
		pred, ok := p[0].Object.(quad.IRI)
		if !ok {
			continue
		}
		k := triple{s, string(pred), o}
		e := edges[k]
		if e == nil {
			e = &vedge{source: s, target: o, predicate: k.p, label: localName(k.p)}
			edges[k] = e
		}
		for _, q := range byPred[iriSubject] {
			e.addDoc(q.Label)
		}
		for pi, qs := range byPred {
			for _, q := range qs {
				if text, ok := literalText(q.Object); ok {
					edgeProps[e] = addProp(edgeProps[e], attrName(pi, edgeFixed), text, label(q))
				}
			}
		}
	}

	v := &view{}
	nodeAttrSet, edgeAttrSet := map[string]bool{}, map[string]bool{}
	for _, id := range sortedKeys(nodes) {
		n := nodes[id]
		n.label = pickName(names[id], id)
		n.docs = len(nodeDocs[id])
		n.attrs = joinProps(props[id])
		for a := range n.attrs {
			nodeAttrSet[a] = true
		}
		v.nodes = append(v.nodes, n)
	}
	for _, e := range edges {
		sort.Strings(e.docs)
		e.attrs = joinProps(edgeProps[e])
		for a := range e.attrs {
			edgeAttrSet[a] = true
		}
		v.edges = append(v.edges, e)
	}
	sort.Slice(v.edges, func(i, j int) bool {
		a, b := v.edges[i], v.edges[j]
		if a.source != b.source {
			return a.source < b.source
		}
		if a.predicate != b.predicate {
			return a.predicate < b.predicate
		}
		return a.target < b.target
	})
	for i, e := range v.edges {
		e.id = "e" + strconv.Itoa(i+1)
	}
	v.nodeAttrs = sortedKeys(nodeAttrSet)
	v.edgeAttrs = sortedKeys(edgeAttrSet)
	return v, nil
}

func (e *vedge) addDoc(label quad.Value) {
	if label == nil {
		return
	}
	d, ok := nodeID(label)
	if !ok {
		d = term(label)
	}
	for _, x := range e.docs {
		if x == d {
			return
		}
	}
	e.docs = append(e.docs, d)
}

// classify picks the class shown for a node and its kind: an entity class
// first, then an event class, then a document, then the smallest other.
func classify(ts []quad.IRI) (typ, kind string) {
	for _, group := range []struct {
		classes []schema.Class
		kind    string
	}{{schema.EntityClasses, KindEntity}, {schema.EventClasses, KindEvent}, {[]schema.Class{schema.Document}, KindDocument}} {
		for _, c := range group.classes {
			if containsIRI(ts, quad.IRI(schema.Expand(string(c)))) {
				return c.Local(), group.kind
			}
		}
	}
	least := ts[0]
	for _, t := range ts[1:] {
		if t < least {
			least = t
		}
	}
	return localName(string(least)), KindOther
}

// pickName is the node's best-supported name (schema:name, else headline,
// else identifier), else the local part of its IRI.
func pickName(byPred map[quad.IRI]support, id string) string {
	for _, p := range namePreds {
		vals := byPred[p]
		best, bestN := "", -1
		for _, val := range sortedKeys(vals) {
			if n := len(vals[val]); n > bestN {
				best, bestN = val, n
			}
		}
		if bestN >= 0 {
			return best
		}
	}
	return localName(strings.TrimPrefix(id, "_:"))
}

// attrName is the attribute a literal property becomes: the predicate's
// local name, with "_" added if a fixed attribute (or id, source, target)
// has that name.
func attrName(p quad.IRI, fixed []string) string {
	name := localName(string(p))
	switch name {
	case "id", "source", "target":
		return name + "_"
	}
	for _, f := range fixed {
		if name == f {
			return name + "_"
		}
	}
	return name
}

func addProp(m map[string]support, attr, val, doc string) map[string]support {
	if m == nil {
		m = map[string]support{}
	}
	if m[attr] == nil {
		m[attr] = support{}
	}
	m[attr].add(val, doc)
	return m
}

// joinProps joins the distinct values of each attribute, sorted, with " | ".
func joinProps(m map[string]support) map[string]string {
	out := map[string]string{}
	for a, vals := range m {
		out[a] = strings.Join(sortedKeys(vals), " | ")
	}
	return out
}

func addQuad(m map[quad.IRI][]quad.Quad, q quad.Quad) map[quad.IRI][]quad.Quad {
	if m == nil {
		m = map[quad.IRI][]quad.Quad{}
	}
	p, _ := q.Predicate.(quad.IRI)
	m[p] = append(m[p], q)
	return m
}

func firstNode(qs []quad.Quad) (string, bool) {
	for _, q := range qs {
		if id, ok := nodeID(q.Object); ok {
			return id, true
		}
	}
	return "", false
}

func containsIRI(list []quad.IRI, x quad.IRI) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}
