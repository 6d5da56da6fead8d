package entities

import (
	"testing"

	"newsgraph/loader/text"
	"newsgraph/schema"
)

func TestTitlePersonSplit(t *testing.T) {
	a := annotate("", "The Chilean Ambassador to Peru Ana Torres met U.S. Secretary of State John Carver and Minister of National Defence Paul Girard in Lima.")
	wantEntity(t, a, "Ana Torres", schema.Person)
	wantEntity(t, a, "John Carver", schema.Person)
	wantEntity(t, a, "Paul Girard", schema.Person)
	wantEntity(t, a, "Peru", schema.Country)
	noEntity(t, a, "Chilean", "Chilean Ambassador", "Defence Paul Girard", "State John Carver")
	if m, ok := mentionOf(a, "Chilean", 0); !ok || m.Kind != text.DemonymMention || m.Entity != "Chile" {
		t.Errorf("Chilean: %+v", m)
	}
}

func TestClassesFromHeadsAndCues(t *testing.T) {
	a := annotate("", "Zorvex Technologies Co Ltd signed a deal with the Daily Clarion and the Okavango Party. "+
		"Officials at Marrow International Airport said the Grand Tribunal of Freedonia would rule. "+
		"Shares of mining firm Kestrel rose, while the Bellweather Institute said it was studying the move in Tamsk.")
	wantEntity(t, a, "Zorvex Technologies", schema.Corporation)
	wantEntity(t, a, "Daily Clarion", schema.Organization)
	wantEntity(t, a, "Okavango Party", schema.Organization)
	wantEntity(t, a, "Marrow International Airport", schema.Place)
	wantEntity(t, a, "Grand Tribunal of Freedonia", schema.GovernmentOrganization)
	wantEntity(t, a, "Kestrel", schema.Corporation)
	wantEntity(t, a, "Bellweather Institute", schema.Organization)
	wantEntity(t, a, "Tamsk", schema.Place)
	if e := a.Entities["Zorvex Technologies"]; e != nil && (len(e.Aliases) != 1 || e.Aliases[0] != "Zorvex Technologies Co Ltd") {
		t.Errorf("aliases %q", e.Aliases)
	}
}

func TestPersonNameModel(t *testing.T) {
	a := annotate("", "Talks were attended by Sarah Kowalski and Nguyen Van Thanh. Ms. Ilse Brandvold did not come, and Okonkwo Adebayo said he regretted it.")
	wantEntity(t, a, "Sarah Kowalski", schema.Person)
	wantEntity(t, a, "Nguyen Van Thanh", schema.Person)
	wantEntity(t, a, "Ilse Brandvold", schema.Person)
	wantEntity(t, a, "Okonkwo Adebayo", schema.Person)
}

func TestCapitalPlaceOrMetonym(t *testing.T) {
	a := annotate("", "Tokyo said on Monday it would respond. The talks were held in Tokyo, and Seoul urged Tokyo to apologize.")
	m0, _ := mentionOf(a, "Tokyo", 0)
	m1, _ := mentionOf(a, "Tokyo", 1)
	m2, _ := mentionOf(a, "Tokyo", 2)
	if m0.Kind != text.MetonymMention || m0.Entity != "Japan" {
		t.Errorf("Tokyo said: %+v", m0)
	}
	if m1.Kind != text.NameMention || m1.Class != schema.Place {
		t.Errorf("in Tokyo: %+v", m1)
	}
	if m2.Kind != text.MetonymMention || m2.Entity != "Japan" {
		t.Errorf("urged Tokyo: %+v", m2)
	}
	if e := wantEntity(t, a, "Japan", schema.Country); e != nil && !contains(e.Aliases, "Tokyo") {
		t.Errorf("Japan aliases %q", e.Aliases)
	}
	wantEntity(t, a, "South Korea", schema.Country)
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
