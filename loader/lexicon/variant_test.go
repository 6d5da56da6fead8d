package lexicon

import "testing"

func TestOneEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"samsung", "samsnug", true}, // swap
		{"samsung", "samsong", true}, // substitution
		{"samsung", "samung", true},  // deletion
		{"samsung", "samssung", true},
		{"samsung", "samsung", false},
		{"samsung", "smasnug", false},
		{"abcdef", "abcfed", false},
		{"abcd", "ab", false},
	} {
		if got := OneEdit(c.a, c.b); got != c.want {
			t.Errorf("OneEdit(%q, %q) = %v", c.a, c.b, got)
		}
		if got := OneEdit(c.b, c.a); got != c.want {
			t.Errorf("OneEdit(%q, %q) = %v", c.b, c.a, got)
		}
	}
}

func TestOrganizationVariant(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Samsnug", "Samsung Electronics"},         // a typo of an alias
		{"Samsung Telecom", "Samsung Electronics"}, // brand + industry word
		{"Tencent Technology Group", "Tencent"},
		{"Lockheed Martni", "Lockheed Martin"},
		{"Samsung", ""},          // the name itself
		{"Samsung Pictures", ""}, // not an industry word
		{"Reuter", ""},           // a final s is no typo
		{"Nokla", ""},            // too short for a typo
		{"Amnesty Group", ""},    // only corporations take industry words
		{"Garbage Words", ""},
	} {
		o, ok := OrganizationVariant(c.s)
		got := ""
		if ok {
			got = o.Name
		}
		if got != c.want {
			t.Errorf("OrganizationVariant(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// A seat of government stands for its country as a capital does.
func TestSeatsOfGovernment(t *testing.T) {
	for s, want := range map[string]string{"Downing Street": "GB", "the White House": "US", "the Kremlin": "RU", "Elysee Palace": "FR"} {
		if c, ok := CountryByCapital(s); !ok || c.ISO2 != want {
			t.Errorf("CountryByCapital(%q) = %v, want %s", s, c, want)
		}
	}
}

func TestIsGovernmentForm(t *testing.T) {
	for s, want := range map[string]bool{"House of Commons": true, "the Foreign Ministry": true, "House of Cards": false, "Acme": false} {
		if got := IsGovernmentForm(s); got != want {
			t.Errorf("IsGovernmentForm(%q) = %v", s, got)
		}
	}
}

func TestStartsConnectedName(t *testing.T) {
	for w, want := range map[string]bool{"Voice": true, "Globe": true, "House": true, "Bosnia": true, "Reuters": false, "The": false} {
		if got := StartsConnectedName(w); got != want {
			t.Errorf("StartsConnectedName(%q) = %v", w, got)
		}
	}
}
