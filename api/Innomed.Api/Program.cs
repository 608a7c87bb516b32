// Gateway entry point: placeholder until the gateway lands.
return 0;
