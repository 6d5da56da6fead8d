// Command newsgraph builds a Cayley knowledge graph from news documents.
package main

import (
	"fmt"
	"os"

	_ "github.com/gobuffalo/packr/v2"
	_ "github.com/peterh/liner"
	"github.com/spf13/cobra"
	_ "golang.org/x/term"
)

func main() {
	root := &cobra.Command{Use: "newsgraph"}
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
