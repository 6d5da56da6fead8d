package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/spf13/cobra"

	"newsgraph/graph"
	"newsgraph/graph/export"
	"newsgraph/loader"
)

func newExtractCmd() *cobra.Command {
	var outPath string
	var workers int
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract facts as N-Quads (stdout or -o FILE) without a store: pipe into cayley load, diff two runs",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			failed, read := 0, 0
			err := writeOut(cmd.OutOrStdout(), outPath, func(w io.Writer) error {
				return loader.Load(cmd.Context(), args, loader.Options{Workers: workers}, func(r loader.Result) error {
					if r.Err != nil {
						failed++
						fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: %s\n", describe(r))
						return nil
					}
					read++
					lines := make([]string, 0, 64)
					for _, q := range graph.Quads(r.Facts) {
						lines = append(lines, export.NQuadsLine(q))
					}
					sort.Strings(lines)
					for _, l := range lines {
						if _, err := io.WriteString(w, l+"\n"); err != nil {
							return err
						}
					}
					return nil
				})
			})
			if err != nil {
				return err
			}
			if failed > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: %d of %d documents could not be read\n", failed, failed+read)
				return exitError{1}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to FILE instead of stdout")
	cmd.Flags().IntVar(&workers, "workers", 0, "extraction goroutines (default: all cores)")
	return cmd
}
