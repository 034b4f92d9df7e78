# Nord palette for the prompt
export TT_FG='\[\e[38;2;216;222;233m\]'
export TT_ACCENT='\[\e[38;2;136;192;208m\]'
export TT_RESET='\[\e[0m\]'
PS1="${TT_ACCENT}\w${TT_RESET} ${TT_FG}❯${TT_RESET} "
