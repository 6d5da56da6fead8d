package events

import (
	"testing"

	"newsgraph/schema"
)

// Tests of the rules for evaluations of coordinated doers, interference,
// indirect sanctions, charges and phrases that are no trigger. Fictional
// people and countries; sentences written for the tests.

func TestEvaluationJudgesCoordinatedSubjects(t *testing.T) {
	a := annotate(t, "2021-08-27", "Tarsk and Vestria arbitrarily took harsh measures against a Norland citizen, Lin Hao said.",
		[]ment{lin, tarsk, vestria})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Tarsk"}, {"Criticism", "Lin Hao", "Vestria"}}, nil)
	// through a pronoun standing for them
	a = annotate(t, "2021-08-27", "Tarsk and Vestria broke their promises and unlawfully seized the ship, Lin Hao said.",
		[]ment{lin, tarsk, vestria, pron("their", "Vestria")})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Tarsk"}, {"Criticism", "Lin Hao", "Vestria"}}, nil)
	// a name in a prepositional phrase is not coordinated with the subject
	a = annotate(t, "2021-08-27", "The talks with Tarsk and Vestria were unjustified, Lin Hao said.", []ment{lin, tarsk, vestria})
	Extract(a)
	for _, e := range a.Events {
		if e.Class == schema.Criticism && len(e.Target) > 0 && e.Target[0] == "Tarsk" {
			t.Errorf("object of a preposition judged: %v", keys(a))
		}
	}
}

func TestInterferenceIsJudgedBySpeaker(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao said Tarsk interferes in Norland's internal affairs.", []ment{lin, tarsk, norland})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Tarsk"}}, []ev{{"Criticism", "Tarsk", "Norland"}})
	// a demonym before a noun of deeds stands for its country
	a = annotate(t, "2021-08-27", "Lin Hao said the Tarskian actions grossly interfere in Norland's affairs.",
		[]ment{lin, norland, demonym("Tarskian", "Tarsk")})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Tarsk"}}, nil)
	// reported without a judging speaker it is no criticism by the doer
	a = annotate(t, "2021-08-27", "Tarsk interfered in the Norland election.", []ment{tarsk, norland})
	expect(t, a, nil, []ev{{"Criticism", "Tarsk", "Norland"}})
}

func TestIndirectSanctionNouns(t *testing.T) {
	for _, s := range []string{
		"Norland imposed restrictive measures on Vestria.",
		"Norland announced a visa ban on Jonas Berg.",
		"Norland announced an asset freeze against Jonas Berg.",
		"Norland introduced trade restrictions on Vestria.",
	} {
		a := annotate(t, "2021-08-27", s, []ment{norland, vestria, berg})
		want := ev{"Sanction", "Norland", "Vestria"}
		if !contains([]string{"Norland imposed restrictive measures on Vestria.", "Norland introduced trade restrictions on Vestria."}, s) {
			want.target = "Jonas Berg"
		}
		expect(t, a, []ev{want}, nil)
	}
}

func TestNominalObjectStopsAtAnotherTrigger(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland's ban follows the Tarsk sanctions on Vestria.", []ment{norland, tarsk, vestria})
	expect(t, a, []ev{{"Sanction", "Tarsk", "Vestria"}}, []ev{{"Sanction", "Norland", "Vestria"}})
}

func TestFilingChargesIsAnArrest(t *testing.T) {
	a := annotate(t, "2021-08-27", "The Vestria Procuratorate filed a public prosecution against Jonas Berg on Friday.",
		[]ment{berg, name("Vestria Procuratorate", "Vestria Procuratorate", schema.GovernmentOrganization)})
	expect(t, a, []ev{{"Arrest", "Vestria Procuratorate", "Jonas Berg"}}, []ev{{"LegalProceeding", "Vestria Procuratorate", "Jonas Berg"}})
	a = annotate(t, "2021-08-27", "Tarsk brought charges against Jonas Berg.", []ment{berg, tarsk})
	expect(t, a, []ev{{"Arrest", "Tarsk", "Jonas Berg"}}, nil)
}

func TestPhrasesThatAreNoTrigger(t *testing.T) {
	for _, s := range []string{
		"Vestria will suspend its extradition treaty with Tarsk, Ada Okafor said.",
		"Ada Okafor called Norbank a threat to national security.",
		"Ada Okafor said Norbank poses a serious threat to farmers in Tarsk.",
	} {
		a := annotate(t, "2021-08-27", s, []ment{vestria, tarsk, okafor, name("Norbank", "Norbank", schema.Corporation)})
		Extract(a)
		for _, e := range a.Events {
			if e.Class == schema.LegalProceeding || e.Class == schema.Threat {
				t.Errorf("%q: unexpected %v", s, key(e))
			}
		}
	}
}

func TestListEndsBeforeReportingSubject(t *testing.T) {
	a := annotate(t, "2021-08-27", "She tried to evade the trade embargo placed by Tarsk on Vestria, the Daily Courier reported.",
		[]ment{tarsk, vestria, courie})
	expect(t, a, []ev{{"Sanction", "Tarsk", "Vestria"}}, []ev{{"Sanction", "Tarsk", "Daily Courier"}})
}

func TestCoordinatedClauseIsNotGovernedByDemand(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland called on Tarsk to drop the bill, and the Foreign Ministry summoned Ambassador Jonas Berg.",
		[]ment{norland, tarsk, berg, ministry})
	expect(t, a, []ev{{"Demand", "Norland", "Tarsk"}, {"Meeting", "Ministry of Foreign Affairs of Norland", "Jonas Berg"}}, nil)
	// the demanded deed itself stays nested
	a = annotate(t, "2021-08-27", "Norland called on Tarsk to release Jonas Berg and drop the charges.", []ment{norland, tarsk, berg})
	expect(t, a, []ev{{"Demand", "Norland", "Tarsk"}}, []ev{{"Release", "Tarsk", "Jonas Berg"}})
}

func TestDemonymAppositionIsSkipped(t *testing.T) {
	a := annotate(t, "2021-08-27", "Jonas Berg, Vestrian ambassador to Tarsk, met with Lin Hao on Friday.",
		[]ment{berg, lin, tarsk, demonym("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Meeting", "Jonas Berg", "Lin Hao"}}, []ev{{"Meeting", "Vestria", "Lin Hao"}})
	// a demonym opening a titled name is no apposition of the name before
	a = annotate(t, "2021-08-27", "Amid the row over Jonas Berg, Vestrian Foreign Minister Lin Hao met Ada Okafor on Tuesday in Rome, calling on Tarsk to act.",
		[]ment{berg, lin, okafor, tarsk, place("Rome"), demonym("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Demand", "Lin Hao", "Tarsk"}}, []ev{{"Demand", "Jonas Berg", "Tarsk"}})
}

func TestListAcrossDayPhrases(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao met with Jonas Berg on Tuesday and Ada Okafor on Thursday, the Morning Star quoted Norland as saying.",
		[]ment{berg, lin, okafor, star, norland})
	expect(t, a, []ev{{"Meeting", "Lin Hao", "Jonas Berg"}, {"Meeting", "Lin Hao", "Ada Okafor"}}, []ev{{"Meeting", "Lin Hao", "Morning Star"}})
	if e := find(a, ev{"Meeting", "Lin Hao", "Ada Okafor"}); e == nil || e.Date != "2021-08-26" {
		t.Errorf("second meeting's own day: %+v", e)
	}
	if e := find(a, ev{"Meeting", "Lin Hao", "Jonas Berg"}); e == nil || e.Date != "2021-08-24" {
		t.Errorf("first meeting's own day: %+v", e)
	}
}

func TestEvaluationJudgesTheDoerNotTheObject(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland says Vestria has treated Jonas Berg in an “inhumane” manner.", []ment{norland, vestria, berg})
	expect(t, a, []ev{{"Criticism", "Norland", "Vestria"}}, []ev{{"Criticism", "Norland", "Jonas Berg"}})
	a = annotate(t, "2021-08-27", "Lin Hao said Vestria and Tarsk were detaining Norbank chief executive Jonas Berg out of political motives.",
		[]ment{lin, vestria, tarsk, berg, name("Norbank", "Norbank", schema.Corporation)})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}, {"Criticism", "Lin Hao", "Tarsk"}}, []ev{{"Criticism", "Lin Hao", "Jonas Berg"}})
	// a subject is still judged
	a = annotate(t, "2021-08-27", "Lin Hao said Jonas Berg made shameless remarks.", []ment{lin, berg})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Jonas Berg"}}, nil)
}

func TestDemandOnThoseAsWellAs(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland demanded that those outlets, as well as the Daily Courier and the Morning Star, hand over their records.",
		[]ment{norland, courie, star})
	expect(t, a, []ev{{"Demand", "Norland", "Daily Courier"}, {"Demand", "Norland", "Morning Star"}}, nil)
}

func TestPossessorPastPremodifiers(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao spoke about Tarsk's new restrictive measures imposed on Vestrian individuals.",
		[]ment{lin, tarsk, demonym("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Sanction", "Tarsk", "Vestria"}}, nil)
}

func TestGerundTakesNoPossessorAsSubject(t *testing.T) {
	a := annotate(t, "2021-08-27", "The case prompted anger, with editorials describing her treatment as vile and warning of grave consequences.",
		[]ment{pron("her", "Ada Okafor"), okafor})
	expect(t, a, nil, []ev{{"Threat", "Ada Okafor", ""}})
	Extract(a)
	for _, e := range a.Events {
		if e.Class == schema.Threat {
			t.Errorf("threat by a possessor: %v", key(e))
		}
	}
}

func TestThreatNounNeedsAnIssuer(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao said Tarsk keeps alive the idea of the Vestrian threat.", []ment{lin, tarsk, demonym("Vestrian", "Vestria")})
	expectNone(t, a, "Threat", "a threat talked of is no threat made")
	a = annotate(t, "2021-08-27", "Tarsk issued a threat against Vestria on Monday.", []ment{tarsk, vestria})
	expect(t, a, []ev{{"Threat", "Tarsk", "Vestria"}}, nil)
}

func TestConditionEndsAtSubordinateClause(t *testing.T) {
	a := annotate(t, "2021-08-27", "The court weighed whether the process was abused when Tarsk requested the extradition of Jonas Berg from Vestria.",
		[]ment{tarsk, berg, vestria})
	expect(t, a, []ev{{"LegalProceeding", "Tarsk", "Jonas Berg"}}, nil)
	a = annotate(t, "2021-08-27", "Norland will respond if Tarsk expels its diplomats.", []ment{tarsk, norland})
	expect(t, a, nil, []ev{{"Sanction", "Tarsk", "Norland"}})
}

func TestLabelledDeedCriticisesItsDoer(t *testing.T) {
	body := "Tarsk banned Norbank equipment on Monday.\n\nCalling the ban “disappointing”, Norbank spokesman Jonas Berg said the decision was political."
	a := annotate(t, "2021-08-27", body, []ment{tarsk, berg, name("Norbank", "Norbank", schema.Corporation)})
	expect(t, a, []ev{{"Criticism", "Jonas Berg", "Tarsk"}}, nil)
}

func TestNegatedAcceptanceIsRejection(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland does not accept Tarsk's proposal, Lin Hao said.", []ment{norland, tarsk, lin})
	expect(t, a, []ev{{"Rejection", "Norland", "Tarsk"}}, []ev{{"Rejection", "Norland", "Lin Hao"}})
	a = annotate(t, "2021-08-27", "Norland accepted the Tarsk proposal.", []ment{norland, tarsk})
	expectNone(t, a, "Rejection", "an acceptance is no rejection")
}

func TestReportedPerfectDeedIsTheCountrys(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao said Norland had lodged protests with Tarsk.", []ment{lin, norland, tarsk},
		[3]string{"Lin Hao", string(schema.SpokespersonFor), "Norland"})
	expect(t, a, []ev{{"Criticism", "Norland", "Tarsk"}}, []ev{{"Criticism", "Lin Hao", "Tarsk"}})
	// a present speech act is the speaker's
	a = annotate(t, "2021-08-27", "Norland urges Tarsk to free Jonas Berg, Lin Hao said.", []ment{lin, norland, tarsk, berg},
		[3]string{"Lin Hao", string(schema.SpokespersonFor), "Norland"})
	expect(t, a, []ev{{"Demand", "Lin Hao", "Tarsk"}}, nil)
}

func TestArrestOfUnnamedEmployee(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao spoke of Vestria's arrest of a Norbank executive.",
		[]ment{lin, vestria, name("Norbank", "Norbank", schema.Corporation)})
	expect(t, a, nil, []ev{{"Arrest", "Vestria", "Norbank"}})
}

func TestReleasingInformationIsNoRelease(t *testing.T) {
	a := annotate(t, "2021-08-27", "Tarsk released a statement on Jonas Berg. Vestria was criticised for releasing details on Jonas Berg.",
		[]ment{tarsk, vestria, berg})
	expectNone(t, a, "Release", "released information read as a release")
	a = annotate(t, "2021-08-27", "Tarsk released Jonas Berg on Monday.", []ment{tarsk, berg})
	expect(t, a, []ev{{"Release", "Tarsk", "Jonas Berg"}}, nil)
}

func TestSpeechNotDatedByAFutureEvent(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao made the remarks when asked about a court that is expected to rule on Monday on Jonas Berg.",
		[]ment{lin, berg})
	Extract(a)
	for _, e := range a.Events {
		if e.Class == schema.Statement && (e.Date == "2021-08-30" || e.Date == "2021-08-23") {
			t.Errorf("statement dated by the coming ruling: %+v", e)
		}
	}
}

func TestReducedRelativeBlamedIsPassive(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland imposed sanctions on Vestrian officials and organizations blamed for the poisoning of Jonas Berg.",
		[]ment{norland, berg, demonym("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Sanction", "Norland", "Vestria"}}, []ev{{"Criticism", "Norland", "Jonas Berg"}})
}

func TestPlaceIsNoTarget(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland ordered the closure of the consulate in Lyon.", []ment{norland, place("Lyon")})
	expect(t, a, nil, []ev{{"Sanction", "Norland", "Lyon"}})
}

func TestHeldInThePassiveIsDetained(t *testing.T) {
	a := annotate(t, "2021-08-27", "Vestrian Jonas Berg was held in Tarsk for months.", []ment{berg, tarsk, demonym("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Arrest", "Tarsk", "Jonas Berg"}}, nil)
	// a reduced relative on unnamed people names no one detained
	a = annotate(t, "2021-08-27", "Norland is working to free two Vestrians held by Tarsk, Lin Hao said.",
		[]ment{norland, tarsk, lin, demonym("Vestrians", "Vestria")})
	expect(t, a, nil, []ev{{"Arrest", "Tarsk", "Norland"}})
	// but an apposition of names is theirs
	a = annotate(t, "2021-08-27", "Jonas Berg and Lin Hao, two Vestrians held in Tarsk since May, were charged on Friday.",
		[]ment{berg, lin, tarsk, demonym("Vestrians", "Vestria")})
	expect(t, a, []ev{{"Arrest", "Tarsk", "Jonas Berg"}, {"Arrest", "Tarsk", "Lin Hao"}}, nil)
	// holding talks is no detention
	a = annotate(t, "2021-08-27", "Tarsk held Jonas Berg's talks with Norland in May.", []ment{berg, tarsk, norland})
	expectNone(t, a, "Arrest", "held talks read as a detention")
}

func TestModalDemand(t *testing.T) {
	a := annotate(t, "2021-08-27", "Tarsk should immediately correct its mistake and release Jonas Berg, Lin Hao said.", []ment{tarsk, lin, berg})
	expect(t, a, []ev{{"Demand", "Lin Hao", "Tarsk"}}, nil)
	a = annotate(t, "2021-08-27", "Tarskian representatives should leave the building by Friday, Lin Hao said.", []ment{lin, demonym("Tarskian", "Tarsk")})
	expect(t, a, []ev{{"Demand", "Lin Hao", "Tarsk"}}, nil)
	a = annotate(t, "2021-08-27", "The Tarsk Foreign Office spokesperson should first reflect on her own words, Lin Hao said.",
		[]ment{lin, name("Tarsk Foreign Office", "Tarsk Foreign Office", schema.GovernmentOrganization)})
	expect(t, a, []ev{{"Demand", "Lin Hao", "Tarsk Foreign Office"}}, nil)
	for _, s := range []string{
		"If Tarsk should release Jonas Berg, talks would resume, Lin Hao said.",
		"Jonas Berg should be released, Lin Hao said.",
		"Tarsk should have known better, Lin Hao said.",
		"We must defend our interests, Lin Hao said.",
		"Tarsk must release Jonas Berg.",
		"Tarsk should understand that such steps will not go unanswered, Lin Hao said.",
	} {
		a := annotate(t, "2021-08-27", s, []ment{tarsk, lin, berg, pron("We", "Lin Hao")})
		Extract(a)
		for _, e := range a.Events {
			if e.Rule == "modal-demand" {
				t.Errorf("%q: unexpected %v", s, key(e))
			}
		}
	}
}

func TestVowIsAStatement(t *testing.T) {
	if m := trig(t, "He vowed that he would always defend them."); len(m) == 0 || m[0].class != schema.Statement {
		t.Errorf("vowed: %+v", m)
	}
	if m := trig(t, "He vowed swift retaliation."); len(m) == 0 || m[0].class != schema.Threat {
		t.Errorf("vowed retaliation: %+v", m)
	}
}

func TestDeadlineWithWeekdayAndDate(t *testing.T) {
	a := annotate(t, "2018-03-30", "Tarskian diplomats should leave the country not later than Saturday, March 31, Lin Hao said.",
		[]ment{lin, demonym("Tarskian", "Tarsk")})
	Extract(a)
	for _, e := range a.Events {
		if e.Date == "2018-03-31" || e.Date == "2017-03-31" {
			t.Errorf("a deadline dated the event: %+v", e)
		}
	}
}

func TestSpeechNotDatedByTheDeedItMentions(t *testing.T) {
	body := "Norland urges Tarsk to free Jonas Berg, a Norland Foreign Ministry spokesperson said Tuesday.\n\n" +
		"Spokesperson Lin Hao made the remarks when asked to comment on the arbitrary detention of Jonas Berg by Tarskian police two years ago."
	a := annotate(t, "2020-12-02", body, []ment{lin, berg, tarsk, norland, demonym("Tarskian", "Tarsk"), ministry})
	Extract(a)
	if e := find(a, ev{"Statement", "Lin Hao", ""}); e == nil || e.Date != "2020-12-01" {
		t.Errorf("statement: %+v, want the Tuesday of the lead", e)
	}
	// "…, a spokesperson said": the unnamed one speaks, not the name before the comma
	if find(a, ev{"Statement", "Jonas Berg", ""}) != nil {
		t.Errorf("the object before the comma made a speaker: %v", keys(a))
	}
}

func TestJudgedDeedOnUnnamedNationals(t *testing.T) {
	body := "Talks continue over the detention of two Vestrian nationals in Tarsk.\n\nNorland detained Jonas Berg in May.\n\n" +
		"Ada Okafor said the detention of the two Vestrians is unlawful."
	a := annotate(t, "2021-08-27", body, []ment{okafor, berg, tarsk, norland, demonym("Vestrian", "Vestria"), demonym("Vestrians", "Vestria")})
	expect(t, a, []ev{{"Criticism", "Ada Okafor", "Tarsk"}}, []ev{{"Criticism", "Ada Okafor", "Norland"}})
}

func TestStoppingSalesIsASanction(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland decided to stop sales of military equipment to Vestria.", []ment{norland, vestria})
	expect(t, a, []ev{{"Sanction", "Norland", "Vestria"}}, nil)
	a = annotate(t, "2021-08-27", "Norland suspended canola imports from Vestria.", []ment{norland, vestria})
	expect(t, a, []ev{{"Sanction", "Norland", "Vestria"}}, nil)
}

func TestPronounSpeakerInsideNamedSpeech(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao said he hoped the envoy, Jonas Berg, will improve ties, which he said are facing difficulties.",
		[]ment{lin, berg, pron("he", "Jonas Berg")})
	expect(t, a, []ev{{"Statement", "Lin Hao", ""}}, []ev{{"Statement", "Jonas Berg", ""}})
}

func TestCriticismOfRemarksTargetsTheirAuthor(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland deplores the remarks on Jonas Berg's case recently made by Tarskian officials, Lin Hao said.",
		[]ment{norland, lin, berg, demonym("Tarskian", "Tarsk")})
	expect(t, a, []ev{{"Criticism", "Norland", "Tarsk"}}, []ev{{"Criticism", "Norland", "Jonas Berg"}})
}

func TestAlsoTakesThePreviousDeedsDate(t *testing.T) {
	prosecutor := name("Tarsk Procuratorate", "Tarsk Procuratorate", schema.GovernmentOrganization)
	body := "Norland filed a prosecution against Jonas Berg on Friday. The Tarsk Procuratorate also filed a prosecution against Lin Hao."
	a := annotate(t, "2021-08-28", body, []ment{norland, berg, lin, prosecutor})
	Extract(a)
	if e := find(a, ev{"Arrest", "Tarsk Procuratorate", "Lin Hao"}); e == nil || e.Date != "2021-08-27" {
		t.Errorf("also: %+v", e)
	}
}

func TestSupportVerbPastCoordinatedAdjectives(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao ordered a sweeping but vague ban on Norbank.", []ment{lin, name("Norbank", "Norbank", schema.Corporation)})
	expect(t, a, []ev{{"Sanction", "Lin Hao", "Norbank"}}, nil)
}

func TestJudgedDeedIsAboutItsPatients(t *testing.T) {
	body := "Tarsk detained Jonas Berg and Lin Hao in May.\n\nAda Okafor said the detention of the two Vestrians is arbitrary."
	a := annotate(t, "2021-08-27", body, []ment{okafor, berg, lin, tarsk, demonym("Vestrians", "Vestria")})
	Extract(a)
	e := find(a, ev{"Criticism", "Ada Okafor", "Tarsk"})
	if e == nil || !contains(e.About, "Jonas Berg") || !contains(e.About, "Lin Hao") {
		t.Errorf("criticism about: %+v", e)
	}
}

func TestProspectiveNominalIsNoEvent(t *testing.T) {
	a := annotate(t, "2021-08-27", "Ada Okafor was in Tarsk to discuss trade and the upcoming Norland summit with Lin Hao.",
		[]ment{okafor, tarsk, lin, norland})
	expect(t, a, nil, []ev{{"Meeting", "Norland", "Lin Hao"}})
	a = annotate(t, "2021-08-27", "Norland warned of a possible ban on Tarsk.", []ment{norland, tarsk})
	expect(t, a, nil, []ev{{"Sanction", "Norland", "Tarsk"}})
}

func TestUndatedReportTakesItsLatestFullDate(t *testing.T) {
	body := "Lin Hao said Norland urges Tarsk to free Jonas Berg.\n\nLin Hao spoke at a press conference on July 12, 2019, in the capital."
	a := annotate(t, "", body, []ment{lin, norland, tarsk, berg}, [3]string{"Lin Hao", string(schema.SpokespersonFor), "Norland"})
	Extract(a)
	if e := find(a, ev{"Demand", "Lin Hao", "Tarsk"}); e == nil || e.Date != "2019-07-12" {
		t.Errorf("demand: %+v", e)
	}
}
