package entities

import (
	"testing"

	"newsgraph/loader/text"
)

// mentionEntities lists the entities of every mention written s (n-th
// occurrence of that span: a plural mention has one per person).
func mentionEntities(a *text.Annotated, s string, n int) []string {
	var out []string
	start := -1
	for _, m := range a.Mentions {
		if m.Text != s {
			continue
		}
		if start != m.Start {
			if start >= 0 {
				n--
			}
			start = m.Start
		}
		if n == 0 {
			out = append(out, m.Entity)
		}
	}
	return out
}

func checkMention(t *testing.T, a *text.Annotated, s string, n int, want ...string) {
	t.Helper()
	got := mentionEntities(a, s, n)
	if len(got) != len(want) {
		t.Errorf("%q #%d -> %q, want %q", s, n, got, want)
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%q #%d -> %q, want %q", s, n, got, want)
			return
		}
	}
}

func TestPronounGender(t *testing.T) {
	a := annotate("", "Foreign Ministry spokesman Tarek Oduya said on Monday that Norway must release Ann Kessler, an Chilean citizen. "+
		"Her detention was arbitrary, he said.\n\n"+
		"Mr. Bram Velde, the trade envoy, met Maria Alvik in March. She told him the talks had stalled.\n\n"+
		"Ms. Ilka Moor and Jorn Pasek spoke later. He said nothing.")
	checkMention(t, a, "Her", 0, "Ann Kessler") // the spokesman is a man
	checkMention(t, a, "he", 0, "Tarek Oduya")  // the nearest man
	checkMention(t, a, "She", 0, "Maria Alvik") // Mr. Velde is a man; the subject is skipped
	checkMention(t, a, "him", 0, "Bram Velde")  // he/she history: the man of the previous sentence
	checkMention(t, a, "He", 0, "Jorn Pasek")   // Ms. Moor is a woman
}

func TestPluralPronounsAndDescriptions(t *testing.T) {
	a := annotate("", "Norwegian police detained Thomas Ruel and Peter Harnow, two Chileans, in May. "+
		"The authorities in Norway accused them of theft. "+
		"The two men deny the charges, and their lawyers said the case was weak.\n\n"+
		"Chilean businessman Carlos Dvorin was arrested later. The Chilean was freed on bail.")
	checkMention(t, a, "them", 0, "Thomas Ruel", "Peter Harnow")
	checkMention(t, a, "The two men", 0, "Thomas Ruel", "Peter Harnow")
	checkMention(t, a, "their", 0, "Thomas Ruel", "Peter Harnow")
	checkMention(t, a, "The Chilean", 0, "Carlos Dvorin")
}

func TestFirstPersonInQuotes(t *testing.T) {
	a := annotate("", "Foreign Ministry spokeswoman Lena Varga said Chile was concerned. "+
		"\"We urge Norway to stop, and our position is clear,\" she said.\n\n"+
		"We will follow the story.")
	checkMention(t, a, "We", 0, "Ministry of Foreign Affairs of Chile")
	checkMention(t, a, "our", 0, "Ministry of Foreign Affairs of Chile")
	checkMention(t, a, "We", 1, "") // not in a quote: the writer
}

func TestEastAsianNameOrder(t *testing.T) {
	for _, body := range []string{
		"Wanzhou Meng said on Monday she would appeal. Meng Wanzhou denies the charges.",
		"Meng Wanzhou was in court. The judge heard Wanzhou Meng on Monday.",
	} {
		a := annotate("", body)
		wantEntity(t, a, "Meng Wanzhou", "schema:Person")
		noEntity(t, a, "Wanzhou Meng")
		checkMention(t, a, "Wanzhou Meng", 0, "Meng Wanzhou")
	}
}

func TestGroupNationality(t *testing.T) {
	a := annotate("", "Chileans Peter Varga, a former diplomat now on leave from the foreign service, and Thomas Ruel, a businessman, were detained in Peru. "+
		"The Norwegians, businessman John Dale and former diplomat Paul Strand, were held in Bolivia. "+
		"Michael Oduya and David Brenner, two Kenyans detained in May, were charged.")
	wantRels(t, a,
		[3]string{"Peter Varga", "nationality", "Chile"}, [3]string{"Thomas Ruel", "nationality", "Chile"},
		[3]string{"John Dale", "nationality", "Norway"}, [3]string{"Paul Strand", "nationality", "Norway"},
		[3]string{"Michael Oduya", "nationality", "Kenya"}, [3]string{"David Brenner", "nationality", "Kenya"})
}

func TestCitizenNamedByPronoun(t *testing.T) {
	a := annotate("", "Ms. Maria Lund was detained in Peru last week.\n\n"+
		"The measures imposed on a Chilean citizen violate her rights, the spokesman said.")
	wantRels(t, a, [3]string{"Maria Lund", "nationality", "Chile"})
}

func TestPersonOfBody(t *testing.T) {
	a := annotate("", "Activists met Jane Rowe of the United States Consulate General in Hong Kong on Tuesday. "+
		"Peter Strand of Acme Holdings declined to comment.")
	wantRels(t, a, [3]string{"Peter Strand", "worksFor", "Acme Holdings"})
	found := false
	for _, r := range a.Relations {
		if r.Subject == "Jane Rowe" && r.Predicate.Local() == "memberOf" {
			found = true
		}
	}
	if !found {
		t.Errorf("Jane Rowe: no memberOf; have %q", relStrings(a))
	}
}

func TestPossessiveDescriptionEmployer(t *testing.T) {
	a := annotate("", "Amnesty International condemned the arrests on Monday. "+
		"\"This is wrong,\" said Kamau Njoroge, the group's East Africa regional director.\n\n"+
		"Acme Holdings said its shares would resume trading. The company's chief executive, Peter Lindqvist, said the plant was safe.")
	wantRels(t, a,
		[3]string{"Kamau Njoroge", "worksFor", "Amnesty International"},
		[3]string{"Peter Lindqvist", "worksFor", "Acme Holdings"})
}

func TestOfficialSpeaksOfOwnCountry(t *testing.T) {
	a := annotate("", "Foreign Minister Tomas Varga said Hungary would not accept the decision. "+
		"Interior Minister Peter Olsen said Norway must act.")
	wantRels(t, a, [3]string{"Tomas Varga", "memberOf", "Hungary"})
	noRel(t, a, "a demand is made of another country", "Peter Olsen", "memberOf", "Norway")
}

func TestPinyin(t *testing.T) {
	for w, want := range map[string]bool{"Wanzhou": true, "Jinping": true, "Hua": true, "Xiaoming": true, "Smith": false, "Kovrig": false, "Brandt": false} {
		if got := isPinyinName(w); got != want {
			t.Errorf("isPinyinName(%q) = %v", w, got)
		}
	}
	a := annotate("", "Police arrested Jianhua Wang in Toronto on Monday, and Robert Li was released.")
	wantEntity(t, a, "Wang Jianhua", "schema:Person")
	wantEntity(t, a, "Robert Li", "schema:Person")
	noEntity(t, a, "Jianhua Wang")
}

func TestRoleAndCompanyDescriptions(t *testing.T) {
	a := annotate("", "Chilean Ambassador Pedro Soto said on Monday that Peru must free the engineer. The envoy said the arrest was political.\n\n"+
		"Acme Technologies denied the charges. The company said it complied with all laws, and the tech giant has sued. "+
		"The company spokesman declined to comment.")
	checkMention(t, a, "The envoy", 0, "Pedro Soto")
	checkMention(t, a, "The company", 0, "Acme Technologies")
	checkMention(t, a, "the tech giant", 0, "Acme Technologies")
	if got := mentionEntities(a, "The company", 1); len(got) != 0 {
		t.Errorf("\"The company spokesman\" is the spokesman, not the company: %q", got)
	}
}

func TestWhoWorkedFor(t *testing.T) {
	a := annotate("", "Maria Lund, 34, who worked for the medical charity Acme Relief, was arrested in June. "+
		"Peter Strand, a senior engineer with state-owned oil company Acme Petroleum, was held.")
	wantRels(t, a,
		[3]string{"Maria Lund", "worksFor", "Acme Relief"},
		[3]string{"Peter Strand", "worksFor", "Acme Petroleum"})
}

func TestJudgeOfTheOnlyCourt(t *testing.T) {
	a := annotate("", "Judge Maria Lund ordered the engineer released on bail. "+
		"The Lima Superior Court said a hearing would follow in May.")
	found := false
	for _, r := range a.Relations {
		if r.Subject == "Maria Lund" && r.Predicate.Local() == "memberOf" && r.Object != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("the judge sits on the court: %q", relStrings(a))
	}
}

func TestOfficeNamesItsCountry(t *testing.T) {
	a := annotate("", "Treasury Secretary John Keller said on Friday that sanctions on Iran would stay. The United States has long opposed the deal.")
	wantRels(t, a, [3]string{"John Keller", "memberOf", "United States"})
	a = annotate("", "Treasury Secretary John Keller said on Friday that sanctions on Iran would stay.")
	noRel(t, a, "the office is not Iran's", "John Keller", "memberOf", "Iran")
}

func TestShadowMinisterHoldsNoOffice(t *testing.T) {
	a := annotate("", "Britain's Labour Party said on Monday that its shadow foreign secretary Ann Rowley would visit Paris. Foreign Secretary John Keller said the United Kingdom would act.")
	noRel(t, a, "a shadow minister is no official", "Ann Rowley", "memberOf", "United Kingdom")
	wantRels(t, a, [3]string{"John Keller", "memberOf", "United Kingdom"})
}

func TestBodyOfAPlace(t *testing.T) {
	a := annotate("", "The People's Procuratorate of Lyon Municipality filed charges. Digital Secretary John Keller told reporters that the UK would act.")
	wantRels(t, a, [3]string{"John Keller", "memberOf", "United Kingdom"})
	found := false
	for _, r := range a.Relations {
		if r.Predicate.Local() == "parentOrganization" && r.Object == "France" {
			found = true
		}
	}
	if !found {
		t.Errorf("a body of a French city belongs to France: %q", relStrings(a))
	}
}

func TestPossessiveNotAGroup(t *testing.T) {
	a := annotate("", "Police detained Peter Varga and Thomas Ruel in May. "+
		"Prime Minister John Keller did not mention the two men in his remarks.")
	checkMention(t, a, "his", 0, "John Keller")
	a = annotate("", "Chilean Foreign Minister Ana Soto met Defence Minister Paul Reyes and Trade Minister Mario Vidal. They ought to be freed, she said.")
	if got := mentionEntities(a, "They", 0); len(got) > 1 {
		t.Errorf("the officials met are not who ought to be freed: %q", got)
	}
}

func TestPatronymicName(t *testing.T) {
	a := annotate("", "The court released Yusuf Hakim bin Salleh on bail. Yusuf Hakim, a Malaysian citizen, was detained in June.")
	wantEntity(t, a, "Yusuf Hakim bin Salleh", "schema:Person")
	noEntity(t, a, "Yusuf Hakim")
	checkMention(t, a, "Yusuf Hakim", 0, "Yusuf Hakim bin Salleh")
}

func TestOfficeOfAnOfficer(t *testing.T) {
	a := annotateFile(t, "Bail granted\n\nLIMA, May 3 (Reuters) - A spokesperson for the Attorney General's Office, Laura Quispe, said the case would proceed. "+
		"China's Commerce Ministry imposed duties on Peruvian copper. Ministry spokesman Qian Hao told a briefing in Beijing that exporters were treated unfairly.\n")
	wantRels(t, a,
		[3]string{"Laura Quispe", "spokespersonFor", "Attorney General's Office of Peru"},
		[3]string{"Qian Hao", "spokespersonFor", "Ministry of Commerce of China"})
	noEntity(t, a, "Office", "Ministry", "Attorney General")
}

func TestHighCommission(t *testing.T) {
	a := annotate("", "A spokesperson for the British High Commission in New Delhi, Laura Quispe, said London had full confidence in the courts.")
	wantRels(t, a,
		[3]string{"Laura Quispe", "spokespersonFor", "High Commission of the United Kingdom in India"},
		[3]string{"High Commission of the United Kingdom in India", "parentOrganization", "United Kingdom"})
}

func TestSpokespersonsMinistryFromWhatTheySay(t *testing.T) {
	a := annotate("", "Japan's Foreign Ministry summoned the ambassador on Monday. Foreign ministry spokesperson Lee Min-ji said Seoul had lodged a strong protest with Tokyo.")
	wantRels(t, a, [3]string{"Lee Min-ji", "spokespersonFor", "Ministry of Foreign Affairs of South Korea"})
}

func TestPatientPossessive(t *testing.T) {
	a := annotate("", "Spokesperson Wang Lei said on Monday that Canada should release Chen Yu at once. "+
		"Her arrest was a political incident, the ministry said.")
	checkMention(t, a, "Her", 0, "Chen Yu")
}

func TestPolicyChief(t *testing.T) {
	a := annotate("", "EU foreign policy chief Ann Rowley told reporters that the measures were agreed.")
	wantRels(t, a, [3]string{"Ann Rowley", "worksFor", "European Union"})
}
