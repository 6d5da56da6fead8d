package schema

// The fact records: what the loader reads out of one document, typed by this
// vocabulary, and what the graph package turns into quads. Entities are named
// by their canonical name everywhere (EntityIRI(name) is their node).

// DocumentInfo describes one source document.
type DocumentInfo struct {
	Identifier string // the file's base name, e.g. "dev_001.txt" ("stdin" for -)
	Path       string // the path as given to build
	Title      string // headline, "" if none
	Date       string // YYYY-MM-DD, "" if unknown
	Hash       string // hex sha256 of the file's bytes
}

// IRI is the document's node, also the label of every quad it supports.
func (d DocumentInfo) IRI() string { return DocumentIRI(d.Identifier) }

// Span is a stretch of the document text: character (Unicode code point)
// offsets into the whole file, end exclusive, and the text itself.
type Span struct {
	Start, End int
	Text       string
}

// Entity is a named participant.
type Entity struct {
	Name    string   // canonical name: "Ministry of Foreign Affairs of China"
	Class   Class    // one of EntityClasses
	Aliases []string // other surface forms used in the document ("Foreign Ministry")
}

// Relation is one of the five relations between two entities.
type Relation struct {
	Subject   string    // canonical name
	Predicate Predicate // one of RelationPredicates
	Object    string    // canonical name
	JobTitle  string    // for spokespersonFor/worksFor/memberOf: "spokesperson", "chief financial officer"
	Rule      string    // id of the rule that produced it
	Evidence  Span      // the sentence
}

// Event is something an entity did or said, as reported.
type Event struct {
	Class    Class    // one of EventClasses
	Agent    []string // canonical names, most specific first (usually one)
	Target   []string
	About    []string
	Date     string // YYYY-MM-DD, "" if unknown
	CAMEO    string
	Trigger  string // the trigger word as written
	Quote    string // quoted speech, if any
	Rule     string
	Evidence Span // the sentence
}

// DocFacts is everything extracted from one document.
type DocFacts struct {
	Doc       DocumentInfo
	Entities  []Entity
	Relations []Relation
	Events    []Event
}
