# larger, shared, de-duplicated history
HISTSIZE=100000
SAVEHIST=100000
setopt HIST_IGNORE_ALL_DUPS SHARE_HISTORY 2>/dev/null || shopt -s histappend
