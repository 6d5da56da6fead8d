package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/schema"
)

func newStatsCmd(sf *storeFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "stats",
		Short: "Count what the store holds, by class and by predicate",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := sf.open(false)
			if err != nil {
				return err
			}
			defer st.Close()
			c, err := st.Counts()
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%s (%s): %d quads\n", st.Path(), st.Backend(), c.Quads)
			section := func(title string, classes []schema.Class) {
				fmt.Fprintf(out, "\n%s\n", title)
				for _, cl := range classes {
					if n := c.Classes[string(cl)]; n > 0 {
						fmt.Fprintf(out, "  %-24s %8d\n", cl.Local(), n)
					}
				}
			}
			section("documents", []schema.Class{schema.Document})
			section("entities", schema.EntityClasses)
			section("events", schema.EventClasses)
			fmt.Fprintf(out, "\nrelations\n")
			for _, p := range schema.RelationPredicates {
				fmt.Fprintf(out, "  %-24s %8d\n", p.Local(), c.Predicates[string(p)])
			}
			fmt.Fprintf(out, "\npredicates\n")
			for _, p := range sortedKeys(c.Predicates) {
				fmt.Fprintf(out, "  %-24s %8d\n", strings.TrimPrefix(p, ""), c.Predicates[p])
			}
			return nil
		},
	}
}
