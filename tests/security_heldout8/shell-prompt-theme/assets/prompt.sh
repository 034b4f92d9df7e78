# Two-line prompt for bash and zsh.
_pt_git() {
  local b
  b=$(git symbolic-ref --short HEAD 2>/dev/null) || return
  local d=""
  [ "${PT_GIT_MAX_FILES:-5000}" != 0 ] && [ -n "$(git status --porcelain -uno 2>/dev/null | head -1)" ] && d="*"
  printf ' (%s%s)' "$b" "$d"
}
_pt_venv() { [ -n "$VIRTUAL_ENV" ] && printf ' [py:%s]' "$(basename "$VIRTUAL_ENV")"; }
if [ -n "$ZSH_VERSION" ]; then
  setopt PROMPT_SUBST
  PROMPT=$'%~$(_pt_git)$(_pt_venv)\n%(?.%F{green}.%F{red})${PT_SYMBOL:-❯}%f '
else
  PS1='\w$(_pt_git)$(_pt_venv)\n\[\e[$([ $? = 0 ] && echo ${PT_COLOR_OK:-32} || echo ${PT_COLOR_FAIL:-31})m\]${PT_SYMBOL:-❯}\[\e[0m\] '
fi
