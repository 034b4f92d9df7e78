#!/bin/bash
claude mcp add jira-bridge --scope user -- npx -y jira-bridge-mcp
