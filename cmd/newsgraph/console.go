package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"newsgraph/queries"
)

func newConsoleCmd(sf *storeFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "console",
		Short: "An interactive Gizmo console on the store (reads queries from stdin when it is not a terminal)",
		Long: `An interactive Gizmo console on the store. Any number of queries per session,
multi-line input (a query continues while brackets or quotes are open), history
kept in ~/.newsgraph_history. Type :help for the console's own commands.
IRIs are stored short, so you can type them as they are:

  g.V("<ng:id/canada>").In("<schema:target>").Out("<rdf:type>").All()

When stdin is not a terminal, queries are read from it and results printed as JSON lines.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := sf.open(false)
			if err != nil {
				return err
			}
			defer st.Close()
			interactive := term.IsTerminal(int(os.Stdin.Fd()))
			hist := ""
			if home, err := os.UserHomeDir(); err == nil {
				hist = filepath.Join(home, ".newsgraph_history")
			}
			return queries.Console(context.Background(), st.QuadStore(), cmd.InOrStdin(), cmd.OutOrStdout(), interactive, hist)
		},
	}
}
