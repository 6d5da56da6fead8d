package text

import (
	"reflect"
	"testing"

	"newsgraph/loader/document"
)

func sentencesOf(t *testing.T, s string) []string {
	t.Helper()
	var out []string
	for _, sn := range SplitSentences(s, 0, len(s), 0) {
		out = append(out, s[sn.Start:sn.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
		{"Mr. Olsen met Dr. Patel at 10 a.m. on Monday.", []string{"Mr. Olsen met Dr. Patel at 10 a.m. on Monday."}},
		{"She moved to the U.S. The move surprised many.", []string{"She moved to the U.S.", "The move surprised many."}},
		{"The U.S. Embassy in Oslo issued a note.", []string{"The U.S. Embassy in Oslo issued a note."}},
		{"The deal was signed on Dec. 4 by Acme Corp. and Gen. Ruiz.", []string{"The deal was signed on Dec. 4 by Acme Corp. and Gen. Ruiz."}},
		{"J. Smith and A. B. Carter spoke. Growth was 3.5 percent.", []string{"J. Smith and A. B. Carter spoke.", "Growth was 3.5 percent."}},
		{"He arrived in Lima.Peruvian officials met him.", []string{"He arrived in Lima.", "Peruvian officials met him."}},
		{"\u201cWe will not back down. This is final,\u201d the minister said. Talks resumed.",
			[]string{"\u201cWe will not back down.", "This is final,\u201d the minister said.", "Talks resumed."}},
		{"\"Where is the fairness?\" Kato asked, adding that it was wrong. Then he left.",
			[]string{"\"Where is the fairness?\" Kato asked, adding that it was wrong.", "Then he left."}},
		{"\"It is over.\" Then silence followed.", []string{"\"It is over.\"", "Then silence followed."}},
		{"The envoy -- a veteran -- declined\u2014again. Nobody knew why...", []string{"The envoy -- a veteran -- declined\u2014again.", "Nobody knew why..."}},
		{"Sales rose (by 4%). Profits fell.", []string{"Sales rose (by 4%).", "Profits fell."}},
		{"Headline without a period\nThe body starts here.", []string{"Headline without a period", "The body starts here."}},
		{"No. 10 Downing St. is in London. It is old.", []string{"No. 10 Downing St. is in London.", "It is old."}},
	}
	for _, c := range cases {
		if got := sentencesOf(t, c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestHardWrappedLinesJoin(t *testing.T) {
	s := "The foreign minister of the republic said on Tuesday that the\n" +
		"talks with the neighbouring country would continue next week in\n" +
		"the capital. Officials from both sides welcomed the announcement\n" +
		"and said more meetings would follow."
	got := sentencesOf(t, s)
	if len(got) != 2 {
		t.Fatalf("got %d sentences: %q", len(got), got)
	}
}

func TestTokenize(t *testing.T) {
	s := "Huawei's CFO, Ms. O'Brien-Li, paid $1,000.50 in the U.S. at 9 a.m. -- see https://x.co/a. @usembassy"
	var got []string
	for _, tk := range Tokenize(s, 0) {
		if s[tk.Start:tk.End] != tk.Text {
			t.Fatalf("offsets of %q wrong", tk.Text)
		}
		got = append(got, tk.Text)
	}
	want := []string{"Huawei", "'s", "CFO", ",", "Ms.", "O'Brien-Li", ",", "paid", "$", "1,000.50", "in", "the", "U.S.", "at", "9", "a.m.", "--", "see", "https://x.co/a", ".", "@usembassy"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	curly := Tokenize("Canada\u2019s and the US\u2019 view", 5)
	if curly[1].Text != "\u2019s" || curly[5].Text != "\u2019" || curly[0].Start != 5 {
		t.Errorf("curly possessives: %+v", curly)
	}
}

func TestSegmentDocument(t *testing.T) {
	text := "Talks Stall in Geneva\n\nThe envoy left. He said nothing.\n\nA third sentence."
	doc := &document.Document{Text: text, Title: document.Region{Start: 0, End: 21},
		Body: []document.Region{{Start: 23, End: 55}, {Start: 57, End: len(text)}}}
	a := Segment(doc)
	var paras []int
	for i, s := range a.Sentences {
		paras = append(paras, s.Paragraph)
		if a.SentenceText(i) == "" || s.Tokens[0].Start != s.Start {
			t.Errorf("sentence %d malformed", i)
		}
	}
	if !reflect.DeepEqual(paras, []int{-1, 0, 0, 1}) {
		t.Errorf("paragraphs %v", paras)
	}
	if a.SentenceText(2) != "He said nothing." {
		t.Errorf("got %q", a.SentenceText(2))
	}
}

func TestAbbreviationsBeforeNumbersAndNames(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		// month abbreviations before a day number never end a sentence
		{"Talks opened on Jan. 5, Feb. 6, Mar. 3, Apr. 4, Jun. 2, Jul. 1, Aug. 7, Sep. 11, Sept. 12, Oct. 8, Nov. 9 and Dec. 10. They failed.",
			[]string{"Talks opened on Jan. 5, Feb. 6, Mar. 3, Apr. 4, Jun. 2, Jul. 1, Aug. 7, Sep. 11, Sept. 12, Oct. 8, Nov. 9 and Dec. 10.", "They failed."}},
		{"The vote is set for Nov. 3. Officials said it would be fair.",
			[]string{"The vote is set for Nov. 3.", "Officials said it would be fair."}},
		{"It was signed on SEPT. 12 in Oslo. It held.", []string{"It was signed on SEPT. 12 in Oslo.", "It held."}},
		{"The strike came on Sept.\n12, and it hurt.", []string{"The strike came on Sept.\n12, and it hurt."}},
		{"The harvest ended in Aug. The heat was bad.", []string{"The harvest ended in Aug.", "The heat was bad."}},
		// titles before a name, numbers after "No."
		{"He met Gov. Ames, Sen. Olsen, Rep. Vance, Gen. He Lin, Lt. Ruiz, Col. Park and Adm. Byrd. They left.",
			[]string{"He met Gov. Ames, Sen. Olsen, Rep. Vance, Gen. He Lin, Lt. Ruiz, Col. Park and Adm. Byrd.", "They left."}},
		{"The order came from Lt.\nGen. Ruiz himself.", []string{"The order came from Lt.\nGen. Ruiz himself."}},
		{"Resolution No. 2758 passed. It held.", []string{"Resolution No. 2758 passed.", "It held."}},
		{"GEN. RUIZ SPOKE. THE TALKS ENDED.", []string{"GEN. RUIZ SPOKE.", "THE TALKS ENDED."}},
	}
	for _, c := range cases {
		if got := sentencesOf(t, c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
