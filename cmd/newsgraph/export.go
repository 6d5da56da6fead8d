package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/graph/export"
)

func newExportCmd(sf *storeFlags) *cobra.Command {
	var format, outPath string
	cmd := &cobra.Command{
		Use:   "export --format F [-o FILE]",
		Short: "Export the graph: " + strings.Join(export.Names(), ", "),
		Long: `Export the whole graph.

  nquads     N-Quads with full IRIs; each quad's label is its document
  jsonld     JSON-LD, one named graph per document
  graphml    GraphML for yEd and Gephi
  gexf       GEXF for Gephi
  dot        Graphviz
  cytoscape  Cytoscape.js JSON (elements: nodes and edges)

Visualizer formats label every node with its name, carry its type as an
attribute for colouring and label edges with the predicate's short name.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, ok := export.Lookup(format); !ok {
				return fmt.Errorf("unknown export format %q (have %s)", format, strings.Join(export.Names(), ", "))
			}
			st, err := sf.open(false)
			if err != nil {
				return err
			}
			defer st.Close()
			return writeOut(cmd.OutOrStdout(), outPath, func(w io.Writer) error {
				return export.Write(format, w, st.QuadStore())
			})
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "nquads", "export format: "+strings.Join(export.Names(), ", "))
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to FILE instead of stdout")
	return cmd
}

// writeOut runs write on stdout, or on a new file that replaces outPath only
// when write succeeds.
func writeOut(stdout io.Writer, outPath string, write func(io.Writer) error) error {
	if outPath == "" || outPath == "-" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	tmp, err := os.CreateTemp(dirOf(outPath), ".newsgraph-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), outPath)
}

func dirOf(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[:i+1]
	}
	return "."
}
