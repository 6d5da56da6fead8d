package main

import (
	"os"
	"os/signal"

	"github.com/spf13/cobra"

	"newsgraph/queries"
)

func newQueryCmd(sf *storeFlags) *cobra.Command {
	var params []string
	var format string
	cmd := &cobra.Command{
		Use:   "query SCRIPT [--param name=value]...",
		Short: "Run a saved Gizmo script (a name like timeline, or a .js file) and print every result",
		Long: "Run a Gizmo script on the store and print every result (no 100-row cap) as JSON lines or a table.\n\nSaved scripts:\n" +
			savedList(),
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			script, err := queries.Load(args[0])
			if err != nil {
				return err
			}
			p, err := queries.ParseParams(params)
			if err != nil {
				return err
			}
			w, err := queries.NewWriter(format, cmd.OutOrStdout())
			if err != nil {
				return err
			}
			st, err := sf.open(false)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			if err := queries.RunScript(ctx, st.QuadStore(), script, p, w.Write); err != nil {
				return err
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringArrayVarP(&params, "param", "p", nil, "script parameter name=value (repeatable)")
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output: json (JSON lines) or table")
	return cmd
}

func savedList() string {
	s := ""
	for _, sc := range queries.Saved() {
		s += "  " + sc.Usage() + "\n"
	}
	return s
}
