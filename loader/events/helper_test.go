package events

import (
	"sort"
	"strings"
	"testing"
	"unicode"

	"newsgraph/loader/document"
	"newsgraph/loader/text"
	"newsgraph/schema"
)

// ment declares a surface form to be annotated as a mention of an entity.
type ment struct {
	surface string
	entity  string
	class   schema.Class
	kind    text.MentionKind
}

func name(surface, entity string, class schema.Class) ment {
	return ment{surface, entity, class, text.NameMention}
}
func person(s string) ment  { return name(s, s, schema.Person) }
func country(s string) ment { return name(s, s, schema.Country) }
func pron(surface, entity string) ment {
	return ment{surface, entity, schema.Person, text.PronounMention}
}
func desc(surface, entity string) ment {
	return ment{surface, entity, schema.Person, text.DescriptionMention}
}
func metonym(surface, entity string) ment {
	return ment{surface, entity, schema.Country, text.MetonymMention}
}
func demonym(surface, entity string) ment {
	return ment{surface, entity, schema.Country, text.DemonymMention}
}

// annotate builds an annotated document from body text: paragraphs split at
// blank lines, sentences split naively after . ? ! (a closing quote stays
// with its sentence), tokens from the package tokenizer, and a mention for
// every whole-word occurrence of each declared surface form (longest
// first). Relations may be given as subject, predicate, object triples.
func annotate(t *testing.T, date, body string, ms []ment, rels ...[3]string) *text.Annotated {
	t.Helper()
	d := &document.Document{Text: body}
	d.Info.Identifier = "test.txt"
	d.Info.Date = date
	a := &text.Annotated{Doc: d, Entities: map[string]*schema.Entity{}}
	pi, pos := 0, 0
	for _, para := range strings.Split(body, "\n\n") {
		start := pos
		pos += len(para) + 2
		ss := start
		for ss < start+len(para) && body[ss] == ' ' {
			ss++
		}
		for i := ss; i < start+len(para); i++ {
			c := body[i]
			if c != '.' && c != '?' && c != '!' {
				continue
			}
			if c == '.' && isAbbrevDot(lastWordRunes(body[ss:i])) {
				continue
			}
			e := i + 1
			for strings.HasPrefix(body[e:], "”") || strings.HasPrefix(body[e:], "\"") {
				if strings.HasPrefix(body[e:], "”") {
					e += len("”")
				} else {
					e++
				}
			}
			if e < start+len(para) && body[e] != ' ' {
				continue
			}
			a.Sentences = append(a.Sentences, text.Sentence{Start: ss, End: e, Paragraph: pi, Tokens: tokenize(body, ss, e)})
			ss = e
			for ss < start+len(para) && body[ss] == ' ' {
				ss++
			}
			i = ss - 1
		}
		if ss < start+len(para) {
			e := start + len(para)
			a.Sentences = append(a.Sentences, text.Sentence{Start: ss, End: e, Paragraph: pi, Tokens: tokenize(body, ss, e)})
		}
		pi++
	}
	sort.SliceStable(ms, func(i, j int) bool { return len(ms[i].surface) > len(ms[j].surface) })
	taken := make([]bool, len(body))
	group := map[[2]int]string{}
	for _, m := range ms {
		for off := 0; ; {
			i := strings.Index(body[off:], m.surface)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(m.surface)
			off = e
			if (s > 0 && isWordByte(body[s-1])) || (e < len(body) && isWordByte(body[e])) {
				continue
			}
			clash := false
			for k := s; k < e; k++ {
				clash = clash || taken[k]
			}
			if clash && group[[2]int{s, e}] != m.surface {
				continue
			}
			group[[2]int{s, e}] = m.surface // another ment of this surface: one more of the group
			for k := s; k < e; k++ {
				taken[k] = true
			}
			si := -1
			for j, sn := range a.Sentences {
				if sn.Start <= s && e <= sn.End {
					si = j
				}
			}
			a.Mentions = append(a.Mentions, text.Mention{Start: s, End: e, Sentence: si, Text: m.surface, Kind: m.kind, Entity: m.entity, Class: m.class})
			if m.kind == text.NameMention {
				if _, ok := a.Entities[m.entity]; !ok {
					a.Entities[m.entity] = &schema.Entity{Name: m.entity, Class: m.class}
				}
			}
		}
	}
	sort.Slice(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
	for _, r := range rels {
		a.Relations = append(a.Relations, schema.Relation{Subject: r[0], Predicate: schema.Predicate(r[1]), Object: r[2]})
	}
	return a
}

func isWordByte(b byte) bool {
	return b == '_' || b >= 0x80 || unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b))
}

func lastWordRunes(s string) string {
	i := strings.LastIndexAny(s, " (\n")
	return s[i+1:]
}

// ev is an expected event: class local name, first agent, first target ("" none).
type ev struct{ class, agent, target string }

func key(e schema.Event) ev {
	k := ev{class: e.Class.Local()}
	if len(e.Agent) > 0 {
		k.agent = e.Agent[0]
	}
	if len(e.Target) > 0 {
		k.target = e.Target[0]
	}
	return k
}

func keys(a *text.Annotated) []ev {
	var out []ev
	for _, e := range a.Events {
		out = append(out, key(e))
	}
	return out
}

func hasEvent(a *text.Annotated, want ev) bool {
	for _, k := range keys(a) {
		if k == want {
			return true
		}
	}
	return false
}

func find(a *text.Annotated, want ev) *schema.Event {
	for i, e := range a.Events {
		if key(e) == want {
			return &a.Events[i]
		}
	}
	return nil
}

// expect runs Extract and checks that want are among the events and that
// none of unwanted is.
func expect(t *testing.T, a *text.Annotated, want []ev, unwanted []ev) {
	t.Helper()
	Extract(a)
	for _, w := range want {
		if !hasEvent(a, w) {
			t.Errorf("missing %v; got %v", w, keys(a))
		}
	}
	for _, u := range unwanted {
		if hasEvent(a, u) {
			t.Errorf("unexpected %v; got %v", u, keys(a))
		}
	}
}

// expectNone runs Extract and checks that it made no event of class; what
// says what such an event would have been.
func expectNone(t *testing.T, a *text.Annotated, class, what string) {
	t.Helper()
	Extract(a)
	if hasClass(a, class) {
		t.Errorf("%s: %v", what, keys(a))
	}
}

func hasClass(a *text.Annotated, class string) bool {
	for _, e := range a.Events {
		if e.Class.Local() == class {
			return true
		}
	}
	return false
}
