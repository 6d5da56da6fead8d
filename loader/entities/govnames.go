package entities

import (
	"strings"

	"newsgraph/schema"
)

// dropAdminWords removes the optional administrative-level word after the
// place that opens a government body's name, so that the forms with and
// without it are one body: "Shanghai Municipal Public Security Bureau" ->
// "Shanghai Public Security Bureau" (the written form stays an alias).
func (d *docState) dropAdminWords(name string) string {
	ws := strings.Fields(name)
	for k := 1; k < len(ws)-1 && k <= 3; k++ {
		if !d.w.adminWords[ws[k]] {
			continue
		}
		place := strings.Join(ws[:k], " ")
		if kn, ok := d.lookup(place); !ok || kn.Class != schema.Place && kn.Class != schema.Country {
			if _, ok := d.capital(place); !ok {
				return name
			}
		}
		return strings.Join(append(ws[:k:k], ws[k+1:]...), " ")
	}
	return name
}
