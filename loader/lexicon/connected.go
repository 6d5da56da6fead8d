package lexicon

import (
	"strings"
	"sync"
)

// Names with a lower-case connector inside ("Voice of America", "The Globe
// and Mail", "House of Commons", "Bosnia and Herzegovina"): a reader of
// capitalized text must join across the connector to see them. Their first
// words tell cheaply whether a stretch of text may start one.

var connectedFirst struct {
	once  sync.Once
	words map[string]bool
}

// StartsConnectedName reports whether word (any case) is the first word,
// after a leading "the", of a name of the gazetteer (an organization, a
// country, or a government body's generic form) with a lower-case word
// inside it.
func StartsConnectedName(word string) bool {
	connectedFirst.once.Do(loadConnectedFirst)
	return connectedFirst.words[Key(word)]
}

func loadConnectedFirst() {
	m := map[string]bool{}
	add := func(name string) {
		ws := strings.Fields(name)
		if len(ws) > 0 && strings.EqualFold(ws[0], "the") {
			ws = ws[1:]
		}
		if len(ws) < 3 {
			return
		}
		for _, w := range ws[1:] {
			if w == strings.ToLower(w) && w != strings.ToUpper(w) {
				m[Key(ws[0])] = true
				return
			}
		}
	}
	for _, o := range orgs().list {
		add(o.Name)
		for _, a := range o.Aliases {
			add(a)
		}
	}
	for _, c := range countries().list {
		add(c.Name)
		for _, a := range c.Aliases {
			add(a)
		}
	}
	g := government()
	for k := range g.forms.plain {
		add(k)
	}
	connectedFirst.words = m
}
