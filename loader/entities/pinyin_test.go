package entities

import (
	"strings"
	"testing"

	"newsgraph/schema"
)

func TestStrictPinyin(t *testing.T) {
	p := pinyin()
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"quanguo", true}, {"jinping", true}, {"wanzhou", true}, {"xi", true}, {"zhuang", true},
		{"quanquo", false}, // "quo" is no syllable; "quan'qu'o" would need apostrophes
		{"zhiquo", false}, {"minho", false}, {"kevin", false}, {"jianan", true},
	} {
		if got := p.isPinyin(c.w); got != c.want {
			t.Errorf("isPinyin(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	// the loose model accepts what the strict one does not
	if !isPinyinName("Quanquo") {
		t.Error(`isPinyinName("Quanquo") = false; the loose model should accept it`)
	}
}

func TestCorrectChineseName(t *testing.T) {
	w := words()
	for _, c := range []struct{ in, want string }{
		{"Chen Quanquo", "Chen Quanguo"},             // q for g
		{"Zhang Zhiquo", "Zhang Zhiguo"},             // the same slip, another name
		{"Li Keqinq", "Li Keqing"},                   // one correction only
		{"Wang Xiaoninq", "Wang Xiaoning"},           // in the last syllable
		{"Kevin Chen Jianquo", "Kevin Chen Jianguo"}, // after an English given name
		{"Chen Quanguo", ""},                         // already pinyin
		{"Wang Jianguo", ""},
		{"Liu Xiaoyan", ""},
		{"Song Minho", ""},      // Korean, not misspelt pinyin
		{"Ma Yingjeou", ""},     // Wade-Giles: no clear correction
		{"Tsai Ingwen", ""},     // family name no pinyin
		{"Michael Smith", ""},   // Western
		{"Wang Kevin", ""},      // a given name of the lists
		{"Chen Jianguo Li", ""}, // no such name form
		{"Zhang Huaq", ""},      // huan or huai: no clear best
		{"Zhang Qux", ""},       // too short
		{"Wang Xyzzy", ""},      // nothing near
	} {
		got := strings.Join(w.correctChineseName(strings.Fields(c.in)), " ")
		if got != c.want {
			t.Errorf("correctChineseName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCorrectGivenTies(t *testing.T) {
	p := pinyin()
	// "huaq": huan and huai are both one letter off and given-name
	// syllables; neither is clearly likelier
	if got, ok := p.correctGiven("huaq"); ok {
		t.Errorf(`correctGiven("huaq") = %q, want no correction`, got)
	}
	// "zhuq": of zhua, zhui, zhun, zhuo only zhuo is a given-name syllable
	if got, ok := p.correctGiven("zhuq"); !ok || got != "zhuo" {
		t.Errorf(`correctGiven("zhuq") = %q, %v, want "zhuo"`, got, ok)
	}
	// each correction found is one letter off and pinyin
	for _, w := range []string{"quanquo", "zhiquo", "keqinq"} {
		got, ok := p.correctGiven(w)
		if !ok || !p.isPinyin(got) || len(got) != len(w) {
			t.Errorf("correctGiven(%q) = %q, %v", w, got, ok)
		}
	}
}

// A misspelt given name names the same person as the right spelling, in
// one document or across documents, keeping the written form an alias.
func TestMisspeltPinyinPerson(t *testing.T) {
	a := annotate("", "Party secretary Chen Quanquo visited the factory on Monday. Chen said output would rise.")
	wantEntity(t, a, "Chen Quanguo", schema.Person)
	noEntity(t, a, "Chen Quanquo")
	if e := a.Entities["Chen Quanguo"]; e != nil && !containsString(e.Aliases, "Chen Quanquo") {
		t.Errorf("aliases %q lack the written form", e.Aliases)
	}
	b := annotate("", "Party secretary Chen Quanguo visited the factory on Monday, and Chen Quanquo spoke later.")
	wantEntity(t, b, "Chen Quanguo", schema.Person)
	noEntity(t, b, "Chen Quanquo")
	c := annotate("", "Police said they questioned Kevin Chen Jianquo on Monday.")
	wantEntity(t, c, "Chen Jianguo", schema.Person)
	noEntity(t, c, "Kevin Chen Jianquo", "Chen Jianquo")
	k := annotate("", "South Korean official Song Minho met reporters in Seoul on Monday.")
	noEntity(t, k, "Song Minbo", "Song Minhu")
}
