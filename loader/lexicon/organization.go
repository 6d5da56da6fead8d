package lexicon

import (
	"fmt"
	"strings"
	"sync"

	"newsgraph/schema"
)

// Org is a well-known organization: an international body, a news agency or
// outlet, a company, a party, an NGO, or a government body with a name of its
// own ("Federal Bureau of Investigation").
type Org struct {
	Name    string       // canonical, fullest common name: "Huawei Technologies"
	Aliases []string     // "Huawei"
	Class   schema.Class // schema.Organization, schema.Corporation or schema.GovernmentOrganization
	Country string       // ISO2 of its country where it is national; "" for international bodies
	Kind    string       // "media" for a news agency, newspaper, broadcaster or outlet; "" otherwise
}

type orgStore struct {
	once      sync.Once
	list      []*Org
	byName    *index[*Org]
	conflicts []Conflict
}

var orgData orgStore

var orgClasses = map[string]schema.Class{
	"Organization":           schema.Organization,
	"Corporation":            schema.Corporation,
	"GovernmentOrganization": schema.GovernmentOrganization,
}

func loadOrgs() {
	d := &orgData
	d.byName = newIndex("organization", func(o *Org) string { return o.Name }, &d.conflicts)
	for _, f := range table("organizations.tsv", 5) {
		class, ok := orgClasses[f[2]]
		if !ok {
			panic(fmt.Sprintf("lexicon: organizations.tsv: %s: unknown class %q", f[0], f[2]))
		}
		o := &Org{Name: f[0], Aliases: split(f[1]), Class: class, Country: f[3], Kind: f[4]}
		d.list = append(d.list, o)
		d.byName.add(o.Name, o)
		for _, n := range o.Aliases {
			d.byName.add(n, o)
		}
	}
}

func orgs() *orgStore { orgData.once.Do(loadOrgs); return &orgData }

// Orgs lists every organization in file order.
func Orgs() []*Org { return orgs().list }

// OrganizationByName finds an organization by its name or an alias
// ("Huawei", "the Associated Press", "AP", "U.N.").
func OrganizationByName(s string) (*Org, bool) { return orgs().byName.get(s) }

// IsMedia reports whether name is a news outlet: an organization of the
// gazetteer marked media, or a name whose last word is one that only news
// outlets end with ("... Times", "... Post", "... Daily", "... News
// Agency"). For events: a news outlet reporting is not an actor.
func IsMedia(name string) bool {
	if o, ok := OrganizationByName(name); ok {
		return o.Kind == "media"
	}
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 {
		return false
	}
	last := strings.Trim(ws[len(ws)-1], ".,")
	if mediaHeads[last] {
		return true
	}
	if len(ws) >= 3 && (last == "agency" || last == "service") && ws[len(ws)-2] == "news" {
		return true
	}
	return last == "news" || last == "broadcasting" || last == "television" || last == "radio"
}

var mediaHeads = map[string]bool{
	"times": true, "post": true, "daily": true, "herald": true, "tribune": true, "gazette": true,
	"journal": true, "telegraph": true, "guardian": true, "chronicle": true, "courier": true,
	"observer": true, "inquirer": true, "dispatch": true, "mail": true, "express": true,
	"newspaper": true, "tv": true, "broadcaster": true,
}

// OrgConflicts lists names that two organizations claim in the data; the first
// in file order keeps each.
func OrgConflicts() []Conflict { return orgs().conflicts }
