// Command newsgraph builds a Cayley knowledge graph from news documents and
// lets you query, serve and export it.
//
//	newsgraph build testdata/docs      # documents -> ./newsgraph.db (bolt)
//	newsgraph stats                    # what the graph holds
//	newsgraph query queries/timeline.js --param entity=Canada
//	newsgraph console                  # interactive Gizmo
//	newsgraph serve                    # Cayley's HTTP API and web UI
//	newsgraph export --format gexf -o graph.gexf
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/spf13/cobra"
)

// exitError carries an exit status out of a command that has already
// reported what went wrong.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	root := newRoot()
	if err := root.Execute(); err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			os.Exit(ee.code)
		}
		fmt.Fprintln(os.Stderr, "newsgraph:", err)
		os.Exit(1)
	}
}

// storeFlags are the global --db and --dbpath flags, named as Cayley names them.
type storeFlags struct {
	backend string
	path    string
}

func newRoot() *cobra.Command {
	sf := &storeFlags{}
	root := &cobra.Command{
		Use:           "newsgraph",
		Short:         "Build a Cayley knowledge graph from news documents",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVarP(&sf.backend, "db", "d", "bolt", "Cayley backend: "+backendList())
	root.PersistentFlags().StringVarP(&sf.path, "dbpath", "a", "newsgraph.db", "path (or address, e.g. postgres://user@host/db) of the store")
	var cpuProfile string
	root.PersistentFlags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile to this file")
	var memProfile string
	root.PersistentFlags().StringVar(&memProfile, "memprofile", "", "write a heap profile (memory in use at the end) to this file")
	var stopProfile func()
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if memProfile != "" {
			// Rewritten every few seconds, so a long build's profile shows
			// what it held while running, not only after it closed the store.
			go func() {
				for range time.Tick(5 * time.Second) {
					writeHeapProfile(memProfile, false)
				}
			}()
		}
		if cpuProfile == "" {
			return nil
		}
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		stopProfile = func() { pprof.StopCPUProfile(); f.Close() }
		return nil
	}
	root.PersistentPostRun = func(cmd *cobra.Command, args []string) {
		if stopProfile != nil {
			stopProfile()
		}
		if memProfile != "" {
			writeHeapProfile(memProfile, true)
		}
	}
	root.AddCommand(
		newBuildCmd(sf),
		newExtractCmd(),
		newRemoveCmd(sf),
		newStatsCmd(sf),
		newQueryCmd(sf),
		newConsoleCmd(sf),
		newServeCmd(sf),
		newExportCmd(sf),
		newBenchCmd(),
	)
	return root
}

// writeHeapProfile writes the live heap after a garbage collection, so the
// profile shows what the command still holds, not what it has freed.
func writeHeapProfile(path string, collect bool) {
	if collect {
		runtime.GC()
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsgraph: memprofile:", err)
		return
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, "newsgraph: memprofile:", err)
	}
}
