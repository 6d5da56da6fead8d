package entities

import (
	"testing"

	"newsgraph/schema"
)

func TestGovernmentBodiesCanonical(t *testing.T) {
	a := annotate("", "Japan's Foreign Ministry said on Monday it protested. The Japanese foreign ministry also summoned the envoy. "+
		"Separately, the German Embassy in Tokyo issued a statement, and the Brazilian Justice Ministry opened a case.")
	e := wantEntity(t, a, "Ministry of Foreign Affairs of Japan", schema.GovernmentOrganization)
	if e != nil && !contains(e.Aliases, "Foreign Ministry") {
		t.Errorf("aliases %q", e.Aliases)
	}
	wantEntity(t, a, "Embassy of Germany in Japan", schema.GovernmentOrganization)
	wantEntity(t, a, "Ministry of Justice of Brazil", schema.GovernmentOrganization)
	wantRels(t, a,
		[3]string{"Ministry of Foreign Affairs of Japan", "parentOrganization", "Japan"},
		[3]string{"Embassy of Germany in Japan", "parentOrganization", "Germany"},
		[3]string{"Ministry of Justice of Brazil", "parentOrganization", "Brazil"})
	b := annotate("", "The State Department criticized the move, and the British Columbia Supreme Court adjourned.")
	wantEntity(t, b, "United States Department of State", schema.GovernmentOrganization)
	wantEntity(t, b, "Supreme Court of British Columbia", schema.GovernmentOrganization)
	wantRels(t, b, [3]string{"Supreme Court of British Columbia", "parentOrganization", "Canada"})
}

func TestRolePatterns(t *testing.T) {
	a := annotate("", "Peruvian Foreign Ministry spokesman Luis Mora said the talks failed. "+
		"Ana Ruiz, a spokeswoman for Zorvex Technologies, declined to comment. "+
		"Zorvex's chief financial officer Omar Haddad was arrested, and Kim Dae-jung, the chief executive of Bolt Motors, was questioned. "+
		"Chile's Minister of Foreign Affairs Elena Soto met German Ambassador to Chile Klaus Weber. "+
		"Lucia Ferri, a Chilean citizen, was released, as was Canadian businessman Tom Hale. "+
		"Former Chilean diplomat Pablo Reyes spoke too.")
	wantRels(t, a,
		[3]string{"Luis Mora", "spokespersonFor", "Ministry of Foreign Affairs of Peru"},
		[3]string{"Ministry of Foreign Affairs of Peru", "parentOrganization", "Peru"},
		[3]string{"Ana Ruiz", "spokespersonFor", "Zorvex Technologies"},
		[3]string{"Omar Haddad", "worksFor", "Zorvex Technologies"},
		[3]string{"Kim Dae-jung", "worksFor", "Bolt Motors"},
		[3]string{"Elena Soto", "memberOf", "Chile"},
		[3]string{"Klaus Weber", "memberOf", "Germany"},
		[3]string{"Lucia Ferri", "nationality", "Chile"},
		[3]string{"Tom Hale", "nationality", "Canada"},
		[3]string{"Pablo Reyes", "nationality", "Chile"})
	if hasRel(a, "Klaus Weber", "memberOf", "Chile") || hasRel(a, "Pablo Reyes", "memberOf", "Chile") {
		t.Errorf("wrong memberOf: %q", relStrings(a))
	}
	for _, r := range a.Relations {
		if r.Subject == "Omar Haddad" && r.JobTitle != "chief financial officer" {
			t.Errorf("job title %q", r.JobTitle)
		}
		if r.Rule == "" || r.Evidence.Text == "" {
			t.Errorf("relation without rule or evidence: %+v", r)
		}
	}
}

func TestPluralDemonymAndCredits(t *testing.T) {
	a := annotate("", "Norwegians Erik Dahl and Ole Berg were detained.\n\nA protester in Oslo. (Maria Lund/Nordic Press Agency)")
	wantRels(t, a,
		[3]string{"Erik Dahl", "nationality", "Norway"},
		[3]string{"Ole Berg", "nationality", "Norway"},
		[3]string{"Maria Lund", "worksFor", "Nordic Press Agency"})
}
