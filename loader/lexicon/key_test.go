package lexicon

import "testing"

// The ASCII fast path of Key must give what the general path gives.
func TestKeyFastPathMatchesGeneral(t *testing.T) {
	for _, s := range []string{
		"", "the", "The ", "the United States", "THE  U.S.", "U.S.", "Guinea-Bissau", "Cote d`Ivoire",
		"  New\tYork\n City ", "Washington, D.C.", "the the", "-the x", "A.B.C", "...", "the-Hague", "thE Hague",
		"St. Petersburg", "Ministry of Foreign Affairs", "x\vy\fz\r", "People's Republic",
	} {
		if got, want := Key(s), slowKey(s); got != want {
			t.Errorf("Key(%q) = %q, general path %q", s, got, want)
		}
		var buf [4]byte
		if got, want := string(appendKey(buf[:0], s)), slowKey(s); got != want {
			t.Errorf("appendKey(%q) = %q, want %q", s, got, want)
		}
	}
	// non-ASCII text takes the general path
	if got := Key("Côte d\u2019Ivoire"); got != "cote d'ivoire" {
		t.Errorf("Key(Côte d’Ivoire) = %q", got)
	}
}
