package lexicon

import (
	"strings"
	"sync"
	"unicode/utf8"

	"newsgraph/schema"
)

// Variant forms of the gazetteer's organizations, as news copy writes them
// by mistake or loosely: a one-letter typo of a long name ("Huwaei"), or a
// company's brand followed by generic industry words ("Acme Telecom" for
// "Acme Technologies").

type variantStore struct {
	once     sync.Once
	industry map[string]bool
	deletes  map[string][]*Org // key with one letter deleted -> organizations
}

var variantData variantStore

// minTypoLen is the shortest name (in letters) a one-letter variant is
// accepted for: shorter names are too close to other words.
const minTypoLen = 6

func loadVariants() {
	d := &variantData
	d.industry = map[string]bool{}
	for _, f := range table("industrywords.txt", 1) {
		d.industry[strings.ToLower(f[0])] = true
	}
	d.deletes = map[string][]*Org{}
	for _, o := range orgs().list {
		if o.Class == schema.GovernmentOrganization {
			continue
		}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if isAcronym(n) {
				continue
			}
			k := Key(n)
			if utf8.RuneCountInString(k) < minTypoLen {
				continue
			}
			for _, v := range deletions(k) {
				if !containsOrg(d.deletes[v], o) {
					d.deletes[v] = append(d.deletes[v], o)
				}
			}
		}
	}
}

func variants() *variantStore { variantData.once.Do(loadVariants); return &variantData }

func containsOrg(os []*Org, o *Org) bool {
	for _, x := range os {
		if x == o {
			return true
		}
	}
	return false
}

// deletions: s itself and s with each one of its letters deleted.
func deletions(s string) []string {
	if isASCII(s) {
		out := make([]string, 0, len(s)+1)
		out = append(out, s)
		for i := range len(s) {
			out = append(out, s[:i]+s[i+1:])
		}
		return out
	}
	rs := []rune(s)
	out := make([]string, 0, len(rs)+1)
	out = append(out, s)
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
	}
	return out
}

// IsIndustryWord reports whether w is a generic word a company's name may
// end with ("Telecom", "Technologies", "Group", "Ltd").
func IsIndustryWord(w string) bool {
	return variants().industry[strings.ToLower(strings.Trim(w, ".,"))]
}

// OrganizationVariant finds the gazetteer organization a name not in the
// gazetteer stands for:
//   - a corporation's brand followed by generic industry words only: "Acme
//     Telecom", "Acme Group" -> the company the gazetteer knows as "Acme";
//   - a one-letter typo (one letter added, dropped or changed, or two
//     neighbours swapped) of an organization name or alias of at least six
//     letters, when exactly one organization is that close: "Huwaei".
//
// A plural ("Reuter"/"Reuters" differ by a final s) is no typo.
func OrganizationVariant(s string) (*Org, bool) {
	if _, ok := OrganizationByName(s); ok {
		return nil, false // the name itself, not a variant
	}
	ws := strings.Fields(s)
	for n := len(ws) - 1; n >= 1; n-- {
		rest := ws[n:]
		all := true
		for _, w := range rest {
			if !IsIndustryWord(w) {
				all = false
				break
			}
		}
		if !all {
			break
		}
		if o, ok := OrganizationByName(strings.Join(ws[:n], " ")); ok && o.Class == schema.Corporation {
			return o, true
		}
	}
	return typoOf(s)
}

func typoOf(s string) (*Org, bool) {
	if isAcronym(s) {
		return nil, false
	}
	k := Key(s)
	if utf8.RuneCountInString(k) < minTypoLen {
		return nil, false
	}
	d := variants()
	var hit *Org
	// near takes the organizations filed under one deletion of k; false:
	// two organizations are that close, neither is meant
	near := func(os []*Org) bool {
		for _, o := range os {
			if o == hit || !nearName(k, o) {
				continue
			}
			if hit != nil {
				return false
			}
			hit = o
		}
		return true
	}
	if isASCII(k) {
		// the deletions of deletions(k), in its order, built in a buffer
		if !near(d.deletes[k]) {
			return nil, false
		}
		var arr [64]byte
		buf := arr[:0]
		for i := range len(k) {
			buf = append(append(buf[:0], k[:i]...), k[i+1:]...)
			if !near(d.deletes[string(buf)]) {
				return nil, false
			}
		}
		return hit, hit != nil
	}
	for _, v := range deletions(k) {
		if !near(d.deletes[v]) {
			return nil, false
		}
	}
	return hit, hit != nil
}

// nearName: k is one edit (and not a final s) from a name of o.
func nearName(k string, o *Org) bool {
	for _, n := range append([]string{o.Name}, o.Aliases...) {
		if isAcronym(n) {
			continue
		}
		nk := Key(n)
		if nk == k || utf8.RuneCountInString(nk) < minTypoLen {
			continue
		}
		if nk+"s" == k || k+"s" == nk {
			continue
		}
		if OneEdit(k, nk) {
			return true
		}
	}
	return false
}

// OneEdit reports whether a and b differ by one inserted, deleted or
// substituted letter, or by two adjacent letters swapped ("Huawei",
// "Huawie").
func OneEdit(sa, sb string) bool {
	a, b := []rune(sa), []rune(sb)
	if len(a) < len(b) {
		a, b = b, a
	}
	switch len(a) - len(b) {
	case 0:
		var diff []int
		for i := range a {
			if a[i] != b[i] {
				diff = append(diff, i)
				if len(diff) > 2 {
					return false
				}
			}
		}
		switch len(diff) {
		case 1:
			return true
		case 2:
			i, j := diff[0], diff[1]
			return j == i+1 && a[i] == b[j] && a[j] == b[i]
		}
		return false
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return string(a[i+1:]) == string(b[i:])
	}
	return false
}
