package events

import (
	"strings"
	"testing"

	"newsgraph/loader/text"
	"newsgraph/schema"
)

// Tests of the recall rules: meetings named as nouns, apposed and
// coordinated participants, adverbs in passives, coordinated modifiers,
// evaluations of a deed in subject position, statements by countries.
// Fictional people and countries throughout.

var (
	solberg = person("Erik Sandvik")
	mira    = person("Mira Kovac")
	dem     = func(s, c string) ment { return demonym(s, c) }
	vesDem  = dem("Vestrian", "Vestria")
	norDem  = dem("Norlandic", "Norland")
)

func TestMeetingNounWithTitledParticipants(t *testing.T) {
	// the clause's subject met the list after "a meeting with"
	a := annotate(t, "2021-08-27", "Ada Okafor spoke to reporters after a meeting with Vestrian Foreign Minister Erik Sandvik, Defence Minister Mira Kovac and Lin Hao.",
		[]ment{okafor, solberg, mira, lin, vesDem})
	expect(t, a, []ev{{"Meeting", "Ada Okafor", "Erik Sandvik"}, {"Meeting", "Ada Okafor", "Mira Kovac"}, {"Meeting", "Ada Okafor", "Lin Hao"}}, nil)
	// "said at a meeting with X": a Meeting, and the speech stays a Statement
	a = annotate(t, "2021-08-27", "Ada Okafor said on Thursday at a meeting with Erik Sandvik that trade would grow.", []ment{okafor, solberg})
	expect(t, a, []ev{{"Meeting", "Ada Okafor", "Erik Sandvik"}, {"Statement", "Ada Okafor", ""}}, nil)
	if e := find(a, ev{"Meeting", "Ada Okafor", "Erik Sandvik"}); e == nil || e.Date != "2021-08-26" {
		t.Errorf("meeting date: %+v", e)
	}
	// an object of another verb is not the one who met: "to discuss X and the summit with Y"
	a = annotate(t, "2021-08-27", "Ada Okafor went to Tarsk to discuss trade, Norland and the coming summit with Lin Hao.", []ment{okafor, tarsk, norland, lin})
	expect(t, a, nil, []ev{{"Meeting", "Norland", "Lin Hao"}, {"Meeting", "Tarsk", "Lin Hao"}})
}

func TestAppositionsInCoordinatedObjects(t *testing.T) {
	a := annotate(t, "2021-08-27", "Vestria detained Jonas Berg, a former diplomat on leave, and Lin Hao, a businessman, on vague charges.",
		[]ment{vestria, berg, lin})
	expect(t, a, []ev{{"Arrest", "Vestria", "Jonas Berg"}, {"Arrest", "Vestria", "Lin Hao"}}, nil)
	// an apposition not followed by ", and" ends the list
	a = annotate(t, "2021-08-27", "Vestria detained Jonas Berg, a former diplomat, in March, Lin Hao said.", []ment{vestria, berg, lin})
	expect(t, a, []ev{{"Arrest", "Vestria", "Jonas Berg"}}, []ev{{"Arrest", "Vestria", "Lin Hao"}})
}

func TestPassiveWithAdverb(t *testing.T) {
	// "were first detained by Vestrian authorities": a passive, the authorities' country acts
	a := annotate(t, "2021-08-27", "Two years after Jonas Berg and Lin Hao were first detained by Vestrian authorities, Ada Okafor said she is disappointed.",
		[]ment{berg, lin, okafor, vesDem})
	expect(t, a, []ev{{"Arrest", "Vestria", "Jonas Berg"}, {"Arrest", "Vestria", "Lin Hao"}},
		[]ev{{"Arrest", "Jonas Berg", "Ada Okafor"}, {"Arrest", "Lin Hao", "Ada Okafor"}})
	// a place after another deed is not where this one happened
	a = annotate(t, "2021-08-27", "Both were detained in the weeks following the arrest in Lyon of Jonas Berg.", []ment{berg, place("Lyon")})
	Extract(a)
	for _, e := range a.Events {
		if e.Rule == "passive-in" {
			t.Errorf("place of another deed gave %v", key(e))
		}
	}
}

func TestCoordinatedModifiersShareANominal(t *testing.T) {
	a := annotate(t, "2021-08-27", "Jonas Berg is accused of breaching Norlandic and Vestrian sanctions on Tarsk.", []ment{berg, tarsk, vesDem, norDem})
	expect(t, a, []ev{{"Sanction", "Vestria", "Tarsk"}, {"Sanction", "Norland", "Tarsk"}}, nil)
}

func TestDeedWithPatientWithIsNoPatient(t *testing.T) {
	// "raised their detention with X": X is whom it was raised with
	a := annotate(t, "2021-08-27", "Ada Okafor has raised the detention directly with Lin Hao.", []ment{okafor, lin})
	expect(t, a, nil, []ev{{"Arrest", "", "Lin Hao"}})
	for _, e := range a.Events {
		if e.Class == schema.Arrest && len(e.Target) > 0 && e.Target[0] == "Lin Hao" {
			t.Errorf("with-object as detainee: %v", key(e))
		}
	}
}

func TestEvaluationOfDeedInSubject(t *testing.T) {
	// "Norland's arrest of X was the betrayal of a friend, Y said": Norland is criticised
	a := annotate(t, "2021-08-27", "Norland's arrest of Jonas Berg was a “betrayal” of a friend, Ambassador Lin Hao said on Thursday.",
		[]ment{norland, berg, lin})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Norland"}}, []ev{{"Criticism", "Lin Hao", "Jonas Berg"}})
	// "the detention of X is a serious political incident": whoever detained X
	a = annotate(t, "2021-08-27", "Vestria detained Jonas Berg in May. The detention of Jonas Berg is a serious political incident, Lin Hao said.",
		[]ment{vestria, berg, lin})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}}, []ev{{"Criticism", "Lin Hao", "Jonas Berg"}})
	// unnamed nationals: not their own country
	a = annotate(t, "2021-08-27", "Tarsk detained two Vestrian citizens in May. Norland arrested Jonas Berg. The detention of the two Vestrians is unlawful, Lin Hao said.",
		[]ment{tarsk, norland, berg, lin, vesDem, dem("Vestrians", "Vestria")})
	expect(t, a, nil, []ev{{"Criticism", "Lin Hao", "Vestria"}})
}

func TestCountryMakesNoStatement(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland said on Friday that trade talks would resume.", []ment{norland})
	expect(t, a, nil, []ev{{"Statement", "Norland", ""}})
	a = annotate(t, "2021-08-27", "Lin Hao said on Friday that trade talks would resume.", []ment{lin})
	expect(t, a, []ev{{"Statement", "Lin Hao", ""}}, nil)
}

func TestInvertedSpeakerIsNotAReportedSubject(t *testing.T) {
	a := annotate(t, "2021-08-27", "A spokesperson for the embassy said Jonas Berg had full confidence in the courts.", []ment{berg})
	expect(t, a, nil, []ev{{"Statement", "Jonas Berg", ""}})
	a = annotate(t, "2021-08-27", "“The talks will go on,” said Lin Hao on Friday.", []ment{lin})
	expect(t, a, []ev{{"Statement", "Lin Hao", ""}}, nil)
}

func TestRealisVerbBeforeADayPhrase(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland agreed on Monday to impose sanctions on Vestrian officials.", []ment{norland, dem("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Sanction", "Norland", "Vestria"}}, nil)
	if e := find(a, ev{"Sanction", "Norland", "Vestria"}); e == nil || e.Date != "2021-08-23" {
		t.Errorf("date: %+v", e)
	}
	// a wish is still no deed
	a = annotate(t, "2021-08-27", "Norland wants on Monday to impose sanctions on Vestrian officials.", []ment{norland, dem("Vestrian", "Vestria")})
	expect(t, a, nil, []ev{{"Sanction", "Norland", "Vestria"}})
}

func TestTradeCutsAreSanctions(t *testing.T) {
	a := annotate(t, "2021-08-27", "After the arrest of Jonas Berg, Norland cut off imports of canola seed from Vestria.", []ment{berg, norland, vestria})
	expect(t, a, []ev{{"Sanction", "Norland", "Vestria"}}, nil)
	a = annotate(t, "2021-08-27", "Norland has blocked shipments of pork from Vestria since March.", []ment{norland, vestria})
	expect(t, a, []ev{{"Sanction", "Norland", "Vestria"}}, nil)
	// a road blocked is no sanction
	a = annotate(t, "2021-08-27", "Norland blocked the road to the Vestria embassy.", []ment{norland, vestria})
	expectNone(t, a, "Sanction", "a blocked road as a sanction")
}

func TestSubjectAcrossDashAsideAndRelativeWho(t *testing.T) {
	a := annotate(t, "2021-08-27", "Ties soured when Jonas Berg — a trader at the Norland Bank and a son of its founder — was arrested in Lyon at the request of Vestria.",
		[]ment{berg, vestria, place("Lyon"), name("Norland Bank", "Norland Bank", schema.Corporation)})
	expect(t, a, []ev{{"Arrest", "France", "Jonas Berg"}, {"LegalProceeding", "Vestria", "Jonas Berg"}}, nil)
	a = annotate(t, "2021-08-27", "She spoke of Jonas Berg, the chief executive of the Norland Bank who was arrested in Lyon last year.",
		[]ment{berg, place("Lyon"), name("Norland Bank", "Norland Bank", schema.Corporation)})
	expect(t, a, []ev{{"Arrest", "France", "Jonas Berg"}}, []ev{{"Arrest", "France", "Norland Bank"}})
}

func TestPhoneCallsAndSummonsAreMeetings(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao spoke by phone with Jonas Berg on Monday.", []ment{lin, berg})
	expect(t, a, []ev{{"Meeting", "Lin Hao", "Jonas Berg"}}, nil)
	// an unnamed envoy stands for the country
	a = annotate(t, "2021-08-27", "Norland summoned the Vestrian ambassador.", []ment{norland, vesDem})
	expect(t, a, []ev{{"Meeting", "Norland", "Vestria"}}, nil)
	// a named one is the target
	a = annotate(t, "2021-08-27", "Norland summoned Vestrian Ambassador Jonas Berg.", []ment{norland, berg, vesDem})
	expect(t, a, []ev{{"Meeting", "Norland", "Jonas Berg"}}, []ev{{"Meeting", "Norland", "Vestria"}})
}

func TestSanctionedOnesListedAfterInclude(t *testing.T) {
	a := annotate(t, "2021-08-27", "The individuals sanctioned by Norland include Jonas Berg and Ada Okafor.", []ment{norland, berg, okafor})
	expect(t, a, []ev{{"Sanction", "Norland", "Jonas Berg"}, {"Sanction", "Norland", "Ada Okafor"}}, nil)
	// an apposition's modifier is not another one listed
	a = annotate(t, "2021-08-27", "Norland imposed sanctions on three officials, including Jonas Berg, the Vestria Party chief in the north.",
		[]ment{norland, berg, name("Vestria Party", "Vestria Party", schema.Organization)})
	expect(t, a, []ev{{"Sanction", "Norland", "Jonas Berg"}}, []ev{{"Sanction", "Norland", "Vestria Party"}})
}

func TestRelativeClauseGivesNominalAgent(t *testing.T) {
	a := annotate(t, "2021-08-27", "Asked about the sanctions Norland imposed on Vestria, Lin Hao said they were wrong.", []ment{norland, vestria, lin})
	expect(t, a, []ev{{"Sanction", "Norland", "Vestria"}}, nil)
	a = annotate(t, "2021-08-27", "Lin Hao rejected the demands Norland made on Monday.", []ment{norland, lin})
	expect(t, a, nil, []ev{{"Demand", "Norland", "Norland"}})
}

func TestDecisionAcrossParentheticalDate(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland announced on Tuesday (August 24) that it would expel journalists working for the Daily Courier and the Morning Star.",
		[]ment{norland, courie, star, {"it", "Norland", schema.Country, text.PronounMention}})
	expect(t, a, []ev{{"Sanction", "Norland", "Daily Courier"}, {"Sanction", "Norland", "Morning Star"}}, nil)
}

func TestDemandThatClause(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland demanded that the Daily Courier provide details of its staff.", []ment{norland, courie})
	expect(t, a, []ev{{"Demand", "Norland", "Daily Courier"}}, nil)
}

func TestEvaluationOfWhatFollows(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao said today he is “disappointed” that Vestria has now formally charged Jonas Berg with spying.",
		[]ment{lin, vestria, berg, pron("he", "Lin Hao")})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}}, []ev{{"Criticism", "Lin Hao", "Lin Hao"}})
	// an accusation of making things up, reported as speech
	a = annotate(t, "2021-08-27", "Noting that Vestria fabricated the case without any legal basis, Lin Hao said the real intent is to hurt Norland.",
		[]ment{lin, vestria, norland})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}}, nil)
}

func TestCallingSomeoneAQuotedName(t *testing.T) {
	a := annotate(t, "2021-08-27", "A Foreign Ministry spokesperson issued a statement calling Vestria a “rogue regime” for its conduct.",
		[]ment{ministry, vestria})
	expect(t, a, []ev{{"Criticism", "Ministry of Foreign Affairs of Norland", "Vestria"}}, nil)
	// a plain naming is not
	a = annotate(t, "2021-08-27", "Lin Hao called Jonas Berg on Monday.", []ment{lin, berg})
	expectNone(t, a, "Criticism", "a phone call as criticism")
}

func TestCriticismOfTheDecisionTargetsItsMaker(t *testing.T) {
	body := "Norland on Wednesday imposed sanctions on Vestria Bank.\n\nVestrian spokeswoman Ada Okafor condemned the decision as “an unfriendly act” and warned that Vestria would respond."
	a := annotate(t, "2021-08-27", body, []ment{norland, okafor, vesDem, vestria, name("Vestria Bank", "Vestria Bank", schema.Corporation)},
		[3]string{"Ada Okafor", string(schema.MemberOf), "Vestria"})
	expect(t, a, []ev{{"Sanction", "Norland", "Vestria Bank"}, {"Criticism", "Ada Okafor", "Norland"}, {"Threat", "Ada Okafor", "Norland"}}, nil)
	// the critic's own side's deed is not what she condemns
	body = "Vestria detained Jonas Berg.\n\nAda Okafor condemned the decision."
	a = annotate(t, "2021-08-27", body, []ment{vestria, okafor, berg}, [3]string{"Ada Okafor", string(schema.MemberOf), "Vestria"})
	expect(t, a, nil, []ev{{"Criticism", "Ada Okafor", "Vestria"}})
}

func TestOwnCountrysDeed(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao on Thursday defended his country's arrest of Jonas Berg.", []ment{lin, berg},
		[3]string{"Lin Hao", string(schema.MemberOf), "Norland"})
	a.Entities["Norland"] = &schema.Entity{Name: "Norland", Class: schema.Country}
	expect(t, a, []ev{{"Arrest", "Norland", "Jonas Berg"}}, nil)
	// someone with no known country gives none
	a = annotate(t, "2021-08-27", "Lin Hao on Thursday defended his country's arrest of Jonas Berg.", []ment{lin, berg})
	expectNone(t, a, "Arrest", "arrest without a known country")
}

func TestRequestedExtraditionIsAProceeding(t *testing.T) {
	a := annotate(t, "2021-08-27", "Vestria requested the extradition of Jonas Berg from Norland last year.", []ment{vestria, berg, norland})
	expect(t, a, []ev{{"LegalProceeding", "Vestria", "Jonas Berg"}}, []ev{{"Demand", "Vestria", "Norland"}, {"Demand", "Vestria", "Jonas Berg"}})
}

func TestDeedOnCompanysNamedEmployee(t *testing.T) {
	bank := name("Norbank", "Norbank", schema.Corporation)
	a := annotate(t, "2021-08-27", "Vestria's arrest of Norbank executive Jonas Berg strained ties.", []ment{vestria, bank, berg})
	expect(t, a, []ev{{"Arrest", "Vestria", "Jonas Berg"}}, []ev{{"Arrest", "Vestria", "Norbank"}})
}

func TestNamesInDashAsideAreTheSubject(t *testing.T) {
	a := annotate(t, "2021-08-27", "The two Norlanders -- trader Jonas Berg and teacher Lin Hao -- were detained in Vestria in December.", []ment{berg, lin, vestria})
	expect(t, a, []ev{{"Arrest", "Vestria", "Jonas Berg"}, {"Arrest", "Vestria", "Lin Hao"}}, nil)
}

func TestSourcesAndClauseSpeakersOfQuotes(t *testing.T) {
	// a news outlet quoting someone is not the speaker
	a := annotate(t, "2021-08-27", "Norland has cancelled the licence of the firm, the Daily Courier quoted the company as saying on Tuesday.", []ment{norland, courie})
	expect(t, a, nil, []ev{{"Statement", "Daily Courier", ""}})
	// a quoted phrase after a verb of judging is its subject's, not the
	// previous speaker's in the paragraph
	body := "“We will not accept any pressure from anyone at all,” Lin Hao said. " +
		"Ada Okafor blamed Vestria for the “current situation and all of its costs” on Friday."
	a = annotate(t, "2021-08-27", body, []ment{lin, okafor, vestria})
	expect(t, a, []ev{{"Criticism", "Ada Okafor", "Vestria"}}, nil)
	for _, q := range a.Quotes {
		if strings.HasPrefix(q.Text, "current situation") && q.Speaker != "Ada Okafor" {
			t.Errorf("quote %q attributed to %q", q.Text, q.Speaker)
		}
	}
}

func TestDenialWithoutTarget(t *testing.T) {
	bank := name("Norbank", "Norbank", schema.Corporation)
	a := annotate(t, "2021-08-27", "Both Jonas Berg and Norbank have repeatedly denied any wrongdoing.", []ment{berg, bank})
	expect(t, a, []ev{{"Rejection", "Jonas Berg", ""}, {"Rejection", "Norbank", ""}}, nil)
	// a condemnation of no one named is still dropped
	a = annotate(t, "2021-08-27", "Jonas Berg condemned the violence.", []ment{berg})
	expectNone(t, a, "Criticism", "targetless criticism kept")
}

func TestDemandNounThatClauseAndAdministration(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao renewed Norland's demands that Vestria immediately release Jonas Berg.", []ment{lin, norland, vestria, berg})
	expect(t, a, []ev{{"Demand", "Norland", "Vestria"}}, nil)
	a = annotate(t, "2021-08-27", "Lin Hao called on the Ada Okafor administration to correct its mistakes.", []ment{lin, okafor},
		[3]string{"Ada Okafor", string(schema.MemberOf), "Vestria"})
	a.Entities["Vestria"] = &schema.Entity{Name: "Vestria", Class: schema.Country}
	expect(t, a, []ev{{"Demand", "Lin Hao", "Vestria"}}, []ev{{"Demand", "Lin Hao", "Ada Okafor"}})
}

func TestIncludeListAcrossSemicolonsAndSoleSanctioner(t *testing.T) {
	a := annotate(t, "2021-08-27", "The individuals sanctioned by Norland include Party Secretary Jonas Berg (a member of the council); police chief Lin Hao; and Ada Okafor, a former official.",
		[]ment{norland, berg, lin, okafor})
	expect(t, a, []ev{{"Sanction", "Norland", "Jonas Berg"}, {"Sanction", "Norland", "Lin Hao"}, {"Sanction", "Norland", "Ada Okafor"}}, nil)
	// the only sanctioner of the document sanctioned those listed without an actor
	body := "Norland imposed sanctions on eleven Vestrian officials on Friday.\n\nThe sanctioned individuals include Jonas Berg, director of the Trade Office, and Lin Hao."
	a = annotate(t, "2021-08-27", body, []ment{norland, berg, lin, dem("Vestrian", "Vestria"), name("Trade Office", "Trade Office", schema.GovernmentOrganization)})
	expect(t, a, []ev{{"Sanction", "Norland", "Jonas Berg"}, {"Sanction", "Norland", "Lin Hao"}}, []ev{{"Sanction", "Norland", "Trade Office"}})
	// with two sanctioners, no guess
	body = "Norland imposed sanctions on Vestria. Vestria imposed sanctions on Norland.\n\nThe sanctioned individuals include Jonas Berg."
	a = annotate(t, "2021-08-27", body, []ment{norland, vestria, berg})
	expect(t, a, nil, []ev{{"Sanction", "Norland", "Jonas Berg"}, {"Sanction", "Vestria", "Jonas Berg"}})
}

func TestSanctionOnDealingsWithNamed(t *testing.T) {
	bank := name("Norbank", "Norbank", schema.Corporation)
	star2 := name("Vesta Apps", "Vesta Apps", schema.Corporation)
	a := annotate(t, "2021-08-27", "Lin Hao ordered a sweeping ban on dealings with the owners of Norbank and Vesta Apps.", []ment{lin, bank, star2})
	expect(t, a, []ev{{"Sanction", "Lin Hao", "Norbank"}, {"Sanction", "Lin Hao", "Vesta Apps"}}, nil)
	// a place is no target
	a = annotate(t, "2021-08-27", "Lin Hao ordered a ban on flights in Lyon.", []ment{lin, place("Lyon")})
	expect(t, a, nil, []ev{{"Sanction", "Lin Hao", "Lyon"}, {"Sanction", "Lin Hao", "France"}})
}

func TestListedSanctionTakesTheDayOfTheSanctions(t *testing.T) {
	body := "Norland is placing sanctions on eleven Vestrian officials, Lin Hao said on Friday.\n\nThe sanctioned individuals include Jonas Berg and Ada Okafor."
	a := annotate(t, "2021-08-28", body, []ment{norland, berg, lin, okafor, dem("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Sanction", "Norland", "Jonas Berg"}}, nil)
	first, listed := find(a, ev{"Sanction", "Norland", "Vestria"}), find(a, ev{"Sanction", "Norland", "Jonas Berg"})
	if first == nil || listed == nil || first.Date == "" || listed.Date != first.Date {
		t.Errorf("listed sanction date: %+v vs %+v", listed, first)
	}
}

func TestNoCriticismOfOnesOwnSide(t *testing.T) {
	// a misread target on the speaker's own side is dropped
	a := annotate(t, "2021-08-27", "Lin Hao of the Foreign Ministry condemned the Foreign Ministry.", []ment{lin, ministry},
		[3]string{"Lin Hao", string(schema.SpokespersonFor), "Ministry of Foreign Affairs of Norland"})
	expect(t, a, nil, []ev{{"Criticism", "Lin Hao", "Ministry of Foreign Affairs of Norland"}})
	a = annotate(t, "2021-08-27", "“This is backstabbing by Vestria,” Lin Hao said.", []ment{lin, vestria},
		[3]string{"Lin Hao", string(schema.MemberOf), "Norland"})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}}, nil)
}

func TestTheTwoWhoMet(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao met his Vestrian counterpart Ada Okafor in Oslo on Thursday, and the two called on Tarsk to free Jonas Berg.",
		[]ment{lin, okafor, tarsk, berg, vesDem, place("Oslo")})
	expect(t, a, []ev{{"Meeting", "Lin Hao", "Ada Okafor"}, {"Demand", "Lin Hao", "Tarsk"}, {"Demand", "Ada Okafor", "Tarsk"}}, nil)
}

func TestDemandedReleaseAfterModifiers(t *testing.T) {
	we := ment{"We", "Norland", schema.Country, text.PronounMention}
	a := annotate(t, "2021-08-27", "Vestria detained Jonas Berg in June. “We demand his immediate and unconditional release,” Lin Hao said.",
		[]ment{vestria, berg, lin, pron("his", "Jonas Berg"), we})
	expect(t, a, []ev{{"Demand", "Lin Hao", "Vestria"}}, []ev{{"Demand", "Lin Hao", "Jonas Berg"}})
}
