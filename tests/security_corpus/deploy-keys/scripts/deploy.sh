#!/bin/bash
ssh -i assets/deploy_key deploy@web.example.com 'systemctl reload nginx'
