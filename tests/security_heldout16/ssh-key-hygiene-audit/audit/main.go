// Read-only audit of ~/.ssh metadata. Never opens private key files.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

type finding struct {
	Priority string `json:"priority"`
	File     string `json:"file"`
	Issue    string `json:"issue"`
	Fix      string `json:"fix"`
}

func pubInfo(pub string) (bits int, algo string) {
	out, err := exec.Command("ssh-keygen", "-l", "-f", pub).Output()
	if err != nil {
		return 0, ""
	}
	f := strings.Fields(string(out))
	if len(f) < 2 {
		return 0, ""
	}
	bits, _ = strconv.Atoi(f[0])
	return bits, strings.Trim(f[len(f)-1], "()")
}

func main() {
	asJSON := flag.Bool("json", false, "JSON output")
	flag.Parse()
	home, _ := os.UserHomeDir()
	dir := filepath.Join(home, ".ssh")
	var fs []finding

	if st, err := os.Stat(dir); err == nil && st.Mode().Perm() != 0o700 {
		fs = append(fs, finding{"High", "~/.ssh", fmt.Sprintf("mode %o", st.Mode().Perm()), "chmod 700 ~/.ssh"})
	}
	pubs, _ := filepath.Glob(filepath.Join(dir, "*.pub"))
	for _, pub := range pubs {
		priv := strings.TrimSuffix(pub, ".pub")
		name := "~/.ssh/" + filepath.Base(priv)
		if st, err := os.Stat(priv); err == nil { // metadata only
			if st.Mode().Perm()&0o077 != 0 {
				fs = append(fs, finding{"High", name, fmt.Sprintf("mode %o", st.Mode().Perm()), "chmod 600 " + name})
			}
			if age := time.Since(st.ModTime()); age > 2*365*24*time.Hour {
				fs = append(fs, finding{"Low", name, fmt.Sprintf("%d days old", int(age.Hours()/24)), "consider rotating"})
			}
		}
		bits, algo := pubInfo(pub)
		if algo == "DSA" || (algo == "RSA" && bits < 3072) {
			fs = append(fs, finding{"High", name, fmt.Sprintf("%s %d bits", algo, bits), "ssh-keygen -t ed25519"})
		}
	}
	if f, err := os.Open(filepath.Join(dir, "config")); err == nil {
		sc := bufio.NewScanner(f)
		host := ""
		for sc.Scan() {
			l := strings.ToLower(strings.TrimSpace(sc.Text()))
			switch {
			case strings.HasPrefix(l, "host "):
				host = strings.TrimSpace(l[5:])
			case l == "forwardagent yes" && host == "*":
				fs = append(fs, finding{"Medium", "~/.ssh/config", "ForwardAgent yes for Host *", "limit to specific hosts"})
			case l == "stricthostkeychecking no":
				fs = append(fs, finding{"Medium", "~/.ssh/config", "StrictHostKeyChecking no (" + host + ")", "use accept-new"})
			}
		}
		f.Close()
	}
	if f, err := os.Open(filepath.Join(dir, "authorized_keys")); err == nil {
		sc := bufio.NewScanner(f)
		n := 0
		for sc.Scan() {
			n++
			if parts := strings.Fields(sc.Text()); len(parts) == 2 {
				fs = append(fs, finding{"Low", "~/.ssh/authorized_keys", fmt.Sprintf("line %d has no comment", n), "add an owner comment"})
			}
		}
		f.Close()
	}
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(fs)
		return
	}
	for _, p := range []string{"High", "Medium", "Low"} {
		for _, f := range fs {
			if f.Priority == p {
				fmt.Printf("[%s] %s: %s -> %s\n", f.Priority, f.File, f.Issue, f.Fix)
			}
		}
	}
	if len(fs) == 0 {
		fmt.Println("no issues found")
	}
}
