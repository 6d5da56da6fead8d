package schema

import "testing"

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Mélanie Joly":                         "melanie-joly",
		"Ministry of Foreign Affairs of China": "ministry-of-foreign-affairs-of-china",
		"Huawei Technologies' CFO":             "huawei-technologies-cfo",
		"  U.S.  ":                             "u-s",
		"dev_001.txt":                          "dev-001-txt",
		"Zoë O'Brien-Nakamura":                 "zoe-o-brien-nakamura",
		"习近平":                                  "习近平",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	if a, b := Slug("!!!"), Slug("???"); a == b || a == "" {
		t.Errorf("names with no letters must still get distinct slugs: %q %q", a, b)
	}
}

func TestExpandShorten(t *testing.T) {
	for _, short := range []string{"ng:Demand", "schema:name", "rdf:type", "xsd:date", "ng:id/wang-wenbin"} {
		full := Expand(short)
		if full == short {
			t.Errorf("Expand(%q) did nothing", short)
		}
		if Shorten(full) != short {
			t.Errorf("Shorten(Expand(%q)) = %q", short, Shorten(full))
		}
	}
	if Expand("http://example.org/x") != "http://example.org/x" {
		t.Error("an IRI with no known prefix must stay as it is")
	}
	if Expand(string(Name)) != "http://schema.org/name" || Expand(string(Demand)) != NS+"Demand" {
		t.Error("wrong namespaces")
	}
}

func TestClasses(t *testing.T) {
	if len(EntityClasses) != 6 || len(EventClasses) != 10 || len(RelationPredicates) != 5 {
		t.Fatal("the vocabulary has 6 entity classes, 10 event classes and 5 relations")
	}
	for _, c := range EventClasses {
		if !c.IsEvent() || c.IsEntity() {
			t.Errorf("%s misclassified", c)
		}
		if _, ok := CAMEOCode[c]; !ok {
			t.Errorf("%s has no CAMEO entry", c)
		}
		if got, ok := ClassByLocal(c.Local()); !ok || got != c {
			t.Errorf("ClassByLocal(%q) = %q", c.Local(), got)
		}
	}
	for _, c := range EntityClasses {
		if !c.IsEntity() || c.IsEvent() {
			t.Errorf("%s misclassified", c)
		}
	}
	if WorksFor.Local() != "worksFor" || Person.Local() != "Person" {
		t.Error("Local names")
	}
}

func TestIRIsAreDeterministic(t *testing.T) {
	d := DocumentInfo{Identifier: "a b.txt"}
	if d.IRI() != "ng:doc/a-b-txt" || EventIRI("a b.txt", 3) != "ng:event/a-b-txt/3" || RelationIRI("x", 12) != "ng:rel/x/12" {
		t.Errorf("IRIs: %s %s %s", d.IRI(), EventIRI("a b.txt", 3), RelationIRI("x", 12))
	}
	if EntityIRI("Wang Wenbin") != EntityIRI("Wang  Wenbin") {
		t.Error("spacing must not split an entity")
	}
}
