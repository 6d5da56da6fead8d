package entities

import (
	"testing"

	"newsgraph/schema"
)

func TestHardPersonNames(t *testing.T) {
	a := annotate("", "Émile Durand, 41, who ran a bakery, was arrested in May. "+
		"Durand's sister, Thérèse Durand, told reporters he was innocent. "+
		"Choi Min-jun, 57, the captain of the boat, was detained. "+
		"\"This is unjust,\" said Kamau Njoroge, the group's regional director. "+
		"A spokesperson for the embassy, Margaret Oyelaran-Baptiste, said Paris was concerned.")
	for _, n := range []string{"Émile Durand", "Thérèse Durand", "Choi Min-jun", "Kamau Njoroge", "Margaret Oyelaran-Baptiste"} {
		wantEntity(t, a, n, schema.Person)
	}
}

func TestCauseNamedOrganization(t *testing.T) {
	a := annotate("", "The Committee to Protect Journalists condemned the arrest. "+
		"The Campaign to End Child Detention joined the call. The ambassador to Canada left.")
	wantEntity(t, a, "Committee to Protect Journalists", schema.Organization)
	wantEntity(t, a, "Campaign to End Child Detention", schema.Organization)
	noEntity(t, a, "Committee", "Protect Journalists")
}

func TestCabinetSecretaryIsATitle(t *testing.T) {
	a := annotate("", "Japanese Chief Cabinet Secretary Taro Yamada told a news conference that Tokyo would respond.")
	wantEntity(t, a, "Taro Yamada", schema.Person)
	noEntity(t, a, "Chief Cabinet")
	wantRels(t, a, [3]string{"Taro Yamada", "memberOf", "Japan"})
}

func TestPoliceInAPlace(t *testing.T) {
	a := annotate("", "Police in Nairobi detained four activists on Saturday.")
	for _, e := range a.Entities {
		if e.Class == schema.GovernmentOrganization && e.Name == "Police" {
			t.Errorf("police of no country: %+v", e)
		}
	}
	found := false
	for _, r := range a.Relations {
		if r.Predicate.Local() == "parentOrganization" && r.Object == "Kenya" {
			found = true
		}
	}
	if !found {
		t.Errorf("police in Nairobi belong to Kenya; have %q", relStrings(a))
	}
}
