// Package schema is newsgraph's vocabulary: the classes, predicates and IRIs
// of the graph, and the typed fact records that the loader produces and the
// graph package writes.
//
// IRIs are stored in the graph in their short, prefixed form ("schema:name",
// "ng:Demand", "rdf:type") so that they are easy to type in the Cayley
// console; exports expand them to full IRIs with Expand.
package schema

import (
	"github.com/cayleygraph/cayley/voc"
	"github.com/cayleygraph/quad"
)

// Namespaces used by the graph.
const (
	NS       = "https://newsgraph.dev/ns#" // the project namespace, prefix "ng:"
	SchemaNS = "http://schema.org/"        // prefix "schema:"
	RDFNS    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	XSDNS    = "http://www.w3.org/2001/XMLSchema#"
)

// Prefixes maps each short prefix (with its colon) to its namespace.
var Prefixes = []struct{ Prefix, Namespace string }{
	{"ng:", NS},
	{"schema:", SchemaNS},
	{"rdf:", RDFNS},
	{"xsd:", XSDNS},
}

func init() {
	// Cayley's own voc registry already knows rdf:, xsd: and schema:; the
	// project namespace is registered so voc.FullIRI/ShortIRI work for it too.
	voc.RegisterPrefix("ng:", NS)
}

// A Class is the short IRI of an rdf:type.
type Class string

// Entity classes (schema.org terms).
const (
	Person                 Class = "schema:Person"
	Country                Class = "schema:Country"
	GovernmentOrganization Class = "schema:GovernmentOrganization"
	Corporation            Class = "schema:Corporation"
	Organization           Class = "schema:Organization"
	Place                  Class = "schema:Place"
)

// Event classes (project terms; schema.org has none of these).
const (
	Statement       Class = "ng:Statement"
	Demand          Class = "ng:Demand"
	Criticism       Class = "ng:Criticism"
	Rejection       Class = "ng:Rejection"
	Threat          Class = "ng:Threat"
	Sanction        Class = "ng:Sanction"
	Arrest          Class = "ng:Arrest"
	Release         Class = "ng:Release"
	LegalProceeding Class = "ng:LegalProceeding"
	Meeting         Class = "ng:Meeting"
)

// Other classes.
const (
	Document Class = "schema:NewsArticle"
	// RelationClass types a reified relation carrying its provenance. Not
	// rdf:Statement: tools that read local names would take it for a
	// Statement event.
	RelationClass Class = "ng:Relation"
)

// EntityClasses and EventClasses list the classes in a stable order.
var (
	EntityClasses = []Class{Person, Country, GovernmentOrganization, Corporation, Organization, Place}
	EventClasses  = []Class{Statement, Demand, Criticism, Rejection, Threat, Sanction, Arrest, Release, LegalProceeding, Meeting}
)

// A Predicate is the short IRI of a predicate.
type Predicate string

// Naming and typing.
const (
	Type          Predicate = "rdf:type"
	Name          Predicate = "schema:name"
	AlternateName Predicate = "schema:alternateName"
	JobTitle      Predicate = "schema:jobTitle"
)

// The five relations between entities.
const (
	SpokespersonFor    Predicate = "ng:spokespersonFor"
	WorksFor           Predicate = "schema:worksFor"
	MemberOf           Predicate = "schema:memberOf"
	ParentOrganization Predicate = "schema:parentOrganization"
	Nationality        Predicate = "schema:nationality"
)

// RelationPredicates lists the five relations in a stable order.
var RelationPredicates = []Predicate{SpokespersonFor, WorksFor, MemberOf, ParentOrganization, Nationality}

// Inverse links, written with every relation: the inverse relation from
// the object back to the subject, and from each entity to the reified
// relations it is the subject or object of. They make what points at an
// entity readable from the entity itself: Cayley's key-value stores look a
// node's outgoing quads up by subject and predicate at once, but its
// incoming ones by object alone, which for a country named in tens of
// thousands of facts means reading all of them to find a few.
const (
	Spokesperson    Predicate = "ng:spokesperson"        // inverse of ng:spokespersonFor
	Employee        Predicate = "schema:employee"        // inverse of schema:worksFor
	Member          Predicate = "schema:member"          // inverse of schema:memberOf
	SubOrganization Predicate = "schema:subOrganization" // inverse of schema:parentOrganization
	National        Predicate = "ng:national"            // inverse of schema:nationality
	SubjectOf       Predicate = "ng:subjectOf"           // entity -> ng:Relation it is the rdf:subject of
	ObjectOf        Predicate = "ng:objectOf"            // entity -> ng:Relation it is the rdf:object of
)

// Inverse maps each relation predicate to its inverse.
var Inverse = map[Predicate]Predicate{
	SpokespersonFor: Spokesperson, WorksFor: Employee, MemberOf: Member,
	ParentOrganization: SubOrganization, Nationality: National,
}

// IsInverseLink reports whether p is one of the inverse links, which
// repeat what other quads say (and are left out of drawn graphs).
func (p Predicate) IsInverseLink() bool {
	if p == SubjectOf || p == ObjectOf {
		return true
	}
	for _, inv := range Inverse {
		if p == inv {
			return true
		}
	}
	return false
}

// Event roles and provenance.
const (
	Agent         Predicate = "schema:agent"
	Target        Predicate = "schema:target"
	About         Predicate = "schema:about"
	Date          Predicate = "ng:date"          // xsd:date literal
	Source        Predicate = "ng:source"        // the document node
	Evidence      Predicate = "ng:evidence"      // the evidence sentence
	SentenceStart Predicate = "ng:sentenceStart" // character offset (xsd:integer) of the sentence in the document
	SentenceEnd   Predicate = "ng:sentenceEnd"
	Trigger       Predicate = "ng:trigger" // the word that triggered the event
	Quote         Predicate = "ng:quote"   // quoted speech attributed to the agent
	CAMEO         Predicate = "ng:cameo"   // CAMEO event code
	Rule          Predicate = "ng:rule"    // id of the extraction rule that produced the fact
)

// Reified relations (ng:Relation nodes, with the rdf: reification predicates).
const (
	RDFSubject   Predicate = "rdf:subject"
	RDFPredicate Predicate = "rdf:predicate"
	RDFObject    Predicate = "rdf:object"
)

// Documents.
const (
	Identifier    Predicate = "schema:identifier"    // the file's base name
	DatePublished Predicate = "schema:datePublished" // xsd:date
	Headline      Predicate = "schema:headline"
	Path          Predicate = "ng:path"        // source path as given to build
	ContentHash   Predicate = "ng:contentHash" // sha256 of the file's bytes, hex
	// FactsVersion: the version (FactsLayout) of the way the document's facts
	// were written. A build writes a document again when its content hash
	// or this differs, so a store built by an older newsgraph is brought up
	// to date document by document.
	FactsVersion Predicate = "ng:factsVersion"
)

// FactsLayout is the current FactsVersion: "2" added the inverse links.
const FactsLayout = "2"

// Datatypes, stored as full IRIs (other RDF tools reject the short xsd: form).
const (
	XSDDate    = XSDNS + "date"
	XSDInteger = XSDNS + "integer"
)

// IRI returns the quad value for a short IRI.
func (c Class) IRI() quad.IRI     { return quad.IRI(c) }
func (p Predicate) IRI() quad.IRI { return quad.IRI(p) }

// Local returns the local name of a class ("Demand" for "ng:Demand").
func (c Class) Local() string { return local(string(c)) }

// Local returns the local name of a predicate ("worksFor" for "schema:worksFor").
func (p Predicate) Local() string { return local(string(p)) }

func local(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ':', '/', '#':
			return s[i+1:]
		}
	}
	return s
}

// IsEntity reports whether c is one of the six entity classes.
func (c Class) IsEntity() bool { return in(c, EntityClasses) }

// IsEvent reports whether c is one of the ten event classes.
func (c Class) IsEvent() bool { return in(c, EventClasses) }

func in(c Class, cs []Class) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// ClassByLocal finds an entity or event class by its local name ("Demand").
func ClassByLocal(name string) (Class, bool) {
	for _, cs := range [][]Class{EntityClasses, EventClasses} {
		for _, c := range cs {
			if c.Local() == name {
				return c, true
			}
		}
	}
	return "", false
}

// CAMEOCode is the CAMEO root code of each event class ("" where CAMEO has none).
var CAMEOCode = map[Class]string{
	Statement: "01", Demand: "10", Criticism: "11", Rejection: "12", Threat: "13",
	Sanction: "16", Arrest: "173", Release: "08", LegalProceeding: "", Meeting: "04",
}
