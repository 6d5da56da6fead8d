package queries

import "testing"

func TestIncomplete(t *testing.T) {
	for src, want := range map[string]bool{
		`g.V().All()`:                           false,
		`g.V(`:                                  true,
		"g.Emit({\n a: 1,":                      true,
		"g.Emit({\n a: 1\n})":                   false,
		`g.V(")(").All()`:                       false,
		`g.V("(").All(`:                         true,
		`g.V('it\'s (').All()`:                  false,
		`g.V("abc`:                              true,
		`g.V() // (`:                            false,
		"g.V() /* (\n":                          true,
		"g.V() /* ( */":                         false,
		`var r = /[(]/.test("x")`:               false,
		`var x = 4 / 2`:                         false,
		`g.V().`:                                true,
		`var a = [1,`:                           true,
		`var a = b +`:                           true,
		`i++`:                                   false,
		`g.V().All())`:                          false, // let the parser report it
		"var s = `a\nb`":                        false,
		"var s = `a\n":                          true,
		`g.V().Filter(regex("^a(b|c)$")).All()`: false,
	} {
		if got := Incomplete(src); got != want {
			t.Errorf("Incomplete(%q) = %v, want %v", src, got, want)
		}
	}
}
