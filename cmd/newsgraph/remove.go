package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"newsgraph/graph"
	"newsgraph/loader/document"
)

func newRemoveCmd(sf *storeFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "remove DOC...",
		Short: "Remove documents (by file name or path) and the facts only they support",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := sf.open(false)
			if err != nil {
				return err
			}
			defer st.Close()
			held, err := st.Documents()
			if err != nil {
				return err
			}
			w := graph.NewWriter(st, graph.WriterOptions{})
			missing := 0
			for _, a := range args {
				id := document.Identifier(a)
				if _, ok := held[id]; !ok {
					fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: %s: no such document in %s\n", id, st.Path())
					missing++
					continue
				}
				r, err := w.Remove(id)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "removed %s (%d quads)\n", id, r.Deleted)
			}
			if err := w.Close(); err != nil {
				return err
			}
			if missing > 0 {
				return exitError{1}
			}
			return nil
		},
	}
}
