package events

import "testing"

// Tests of evaluations whose judged party is a possessor or the subject of
// a reported wrongdoing. Fictional people and countries throughout.

func TestEvaluationOfPossessedRemarks(t *testing.T) {
	// "comments" after a possessive is a noun, not a speech verb ending the
	// search for the judged party
	a := annotate(t, "2021-08-27", "Ada Okafor said Lin Hao's comments were groundless.", []ment{okafor, lin})
	expect(t, a, []ev{{"Criticism", "Ada Okafor", "Lin Hao"}}, nil)
	// a speech verb still ends it: Lin Hao speaks, he is not judged
	a = annotate(t, "2021-08-27", "Ada Okafor said Lin Hao remarks that the plan is unacceptable.", []ment{okafor, lin})
	expect(t, a, nil, []ev{{"Criticism", "Ada Okafor", "Lin Hao"}})
}

func TestEvaluationOfPossessorsDeedOnAnother(t *testing.T) {
	// "Vestria's treatment of X": Vestria did it, X is the victim
	a := annotate(t, "2021-08-27", "Ada Okafor said Vestria's treatment of Jonas Berg was inhumane.", []ment{okafor, vestria, berg})
	expect(t, a, []ev{{"Criticism", "Ada Okafor", "Vestria"}}, []ev{{"Criticism", "Ada Okafor", "Jonas Berg"}})
	// without "of X" the possessor is still the one it befell
	a = annotate(t, "2021-08-27", "Ada Okafor said Jonas Berg's treatment was inhumane.", []ment{okafor, berg})
	expect(t, a, nil, []ev{{"Criticism", "Ada Okafor", "Jonas Berg"}})
}

func TestReportedWrongdoing(t *testing.T) {
	a := annotate(t, "2021-08-27", "Ada Okafor said Vestria had seriously violated international law.", []ment{okafor, vestria})
	expect(t, a, []ev{{"Criticism", "Ada Okafor", "Vestria"}}, nil)
	a = annotate(t, "2021-08-27", "Ada Okafor said Vestria has no right to meddle in the region.", []ment{okafor, vestria})
	expect(t, a, []ev{{"Criticism", "Ada Okafor", "Vestria"}}, nil)
	// a denial about oneself judges no one
	a = annotate(t, "2021-08-27", "Ada Okafor said Norland has never violated any rules.", []ment{okafor, norland},
		[3]string{"Ada Okafor", "memberOf", "Norland"})
	expect(t, a, nil, []ev{{"Criticism", "Ada Okafor", "Norland"}})
}
